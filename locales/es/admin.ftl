# Administración: usuarios y roles.

admin-users-title = Usuarios
admin-users-count = { $count ->
    [one] { $count } cuenta
   *[other] { $count } cuentas
}
admin-users-caption = Cuentas, de la más antigua a la más reciente
admin-joined = Fecha de registro
admin-role = Rol
admin-role-of = Rol de { $name }
admin-change-role = Cambiar
notice-role-changed = Se ha cambiado el rol.
error-last-admin = Esta es la última cuenta de administrador: primero asigne el rol de administrador a otra persona.
error-unknown-role = Este rol no existe. Elija uno de la lista.

role-learner = Participante
role-facilitator = Facilitador
role-editor = Editor
role-admin = Administrador
