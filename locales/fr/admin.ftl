# Administration : utilisateurs et rôles.

admin-users-title = Utilisateurs
admin-users-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
admin-users-caption = Comptes, du plus ancien au plus récent
admin-joined = Date d’inscription
admin-role = Rôle
admin-role-of = Rôle de { $name }
admin-change-role = Modifier
notice-role-changed = Le rôle a été modifié.
error-last-admin = Ce compte est le dernier compte administrateur : désignez d’abord un autre administrateur.
error-unknown-role = Ce rôle n’existe pas. Veuillez en choisir un dans la liste.

role-learner = Apprenant
role-facilitator = Facilitateur
role-editor = Éditeur
role-admin = Administrateur
