# Comptes : inscription, connexion, profil, réinitialisation du mot de passe.

field-name = Nom complet
field-email = Adresse e-mail
field-password = Mot de passe
field-organisation = Organisation
field-organisation-type = Type d’organisation
field-country = Pays
field-preferred-language = Langue préférée
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
hint-password = { $count ->
    [one] Au moins { $count } caractère. Une phrase courte est facile à retenir et difficile à deviner.
   *[other] Au moins { $count } caractères. Une phrase courte est facile à retenir et difficile à deviner.
}

org-type-local-authority = Autorité locale ou régionale
org-type-civil-society = Organisation de la société civile
org-type-migrant-association = Association de migrants ou de la diaspora
org-type-academia = Monde universitaire ou recherche
org-type-international-organisation = Organisation internationale
org-type-other = Autre

error-choose-organisation-type = Veuillez choisir le type de votre organisation.
error-choose-language = Veuillez choisir l’une des quatre langues.
error-email-invalid = Veuillez saisir une adresse e-mail de la forme name@example.org.
error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.
error-password-too-short = Ce mot de passe est trop court. Veuillez utiliser au moins 10 caractères.
error-password-too-long = Ce mot de passe est trop long. Veuillez utiliser au maximum 128 caractères.
error-password-common = Ce mot de passe est trop facile à deviner. Veuillez en choisir un moins courant, par exemple une phrase courte.
error-sign-in-failed = L’adresse e-mail ou le mot de passe est incorrect. Veuillez réessayer.
error-sign-in-locked = { $minutes ->
    [one] Trop de tentatives infructueuses. Pour votre sécurité, la connexion est suspendue : veuillez réessayer dans { $minutes } minute, ou réinitialiser votre mot de passe.
   *[other] Trop de tentatives infructueuses. Pour votre sécurité, la connexion est suspendue : veuillez réessayer dans { $minutes } minutes, ou réinitialiser votre mot de passe.
}
error-current-password-wrong = Votre mot de passe actuel est incorrect.

sign-up-title = Créez votre compte
sign-up-intro = Un compte conserve votre progression, vos certificats et votre place dans la communauté. Il est gratuit.
sign-up-submit = Créer mon compte
sign-up-have-account = Vous avez déjà un compte ?

sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-no-account = Première visite ?

notice-password-reset = Votre mot de passe a été modifié. Vous pouvez maintenant l’utiliser pour vous connecter.
notice-signed-out = Votre session est fermée.
notice-profile-saved = Votre profil a été enregistré.
notice-password-changed = Votre mot de passe a été modifié. Vos sessions sur les autres appareils ont été fermées.

profile-title = Votre profil
profile-member-since = Membre depuis
profile-details = Vos informations
profile-save = Enregistrer mon profil
profile-change-password = Modifier mon mot de passe

reset-title = Réinitialiser votre mot de passe
reset-intro = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = M’envoyer un lien
reset-sent = Si un compte existe pour cette adresse, nous lui avons envoyé un lien. Ce lien ne fonctionne qu’une seule fois, pendant une heure. S’il n’arrive pas, vérifiez votre dossier de courrier indésirable.
reset-new-title = Choisissez un nouveau mot de passe
reset-new-submit = Enregistrer mon nouveau mot de passe
reset-link-invalid = Ce lien ne fonctionne plus : il a déjà été utilisé, ou plus d’une heure s’est écoulée.
reset-ask-again = Demander un nouveau lien
reset-mail-subject = Votre mot de passe M4D Toolbox
reset-mail-greeting = Bonjour { $name },
reset-mail-body = Une demande de réinitialisation du mot de passe de votre compte M4D Toolbox a été faite. Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessus. Il ne fonctionne qu’une seule fois, pendant une heure. Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer cet e-mail : votre mot de passe reste inchangé.
