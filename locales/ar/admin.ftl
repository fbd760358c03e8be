# Administration: users and roles.

admin-users-title = Users
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-users-caption = Accounts, oldest first
admin-joined = Joined
admin-role = Role
admin-role-of = Role of { $name }
admin-change-role = Change
notice-role-changed = The role was changed.
error-last-admin = This is the last administrator: make someone else an administrator first.
error-unknown-role = This role does not exist. Please choose one from the list.

role-learner = Learner
role-facilitator = Facilitator
role-editor = Editor
role-admin = Administrator
