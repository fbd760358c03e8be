//! Who is asking: the signed-in user of a request and the roles the server checks.
//!
//! The accounts feature resolves the session cookie and puts a [`CurrentUser`] into the request's extensions;
//! handlers read it through [`PageContext`](super::PageContext) and ask for a capability with
//! [`CurrentUser::require`]. Every role check happens here, on the server.

use super::AppError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Learner,
    Facilitator,
    Editor,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Learner, Role::Facilitator, Role::Editor, Role::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Facilitator => "facilitator",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The Fluent message that names the role.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Learner => "role-learner",
            Role::Facilitator => "role-facilitator",
            Role::Editor => "role-editor",
            Role::Admin => "role-admin",
        }
    }

    /// Roles are ordered: an admin may do what an editor may, an editor what a facilitator may, and so on.
    pub fn includes(self, other: Role) -> bool {
        self >= other
    }
}

#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// The hash of the session token, so that signing out ends exactly this session.
    pub session_hash: String,
}

impl CurrentUser {
    /// Returns the user when their role includes `role`, else a 403.
    pub fn require(&self, role: Role) -> Result<&CurrentUser, AppError> {
        if self.role.includes(role) {
            Ok(self)
        } else {
            Err(AppError::Forbidden)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn higher_roles_include_lower_ones() {
        assert!(Role::Admin.includes(Role::Editor));
        assert!(Role::Editor.includes(Role::Learner));
        assert!(!Role::Facilitator.includes(Role::Editor));
        assert!(!Role::Learner.includes(Role::Admin));
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
