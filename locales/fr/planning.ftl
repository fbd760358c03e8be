nav-planning = Outil de planification
planning-title = Outil de planification
planning-no-set = Aucun jeu d’indicateurs n’a encore été chargé. Un administrateur en importe un au moyen d’un paquet de contenu.
planning-indicator-count = { $count ->
    [one] Un indicateur, réparti en sections auxquelles vous pouvez répondre une à une.
   *[other] { $count } indicateurs, répartis en sections auxquelles vous pouvez répondre une à une.
}
planning-sign-in-to-start = Connectez-vous pour commencer ou poursuivre une évaluation.
planning-my-assessments = Vos évaluations
planning-none-yet = Vous ne participez encore à aucune évaluation. Lancez-en une ci-dessous, ou demandez une invitation à votre coordinateur.
planning-assessment-heading = { $territory }, cycle { $round }
planning-start-title = Lancer une évaluation
planning-start-local-authority-only = Une évaluation est lancée par une personne membre d’une autorité locale ou régionale. Si c’est votre cas, indiquez-le dans votre profil ; les partenaires rejoignent l’évaluation sur invitation.
planning-edit-profile = Modifier votre profil
planning-field-territory = Territoire
planning-hint-territory = La commune, le district ou la région que vous évaluez, tel que ses habitants le nomment.
planning-start-button = Lancer l’évaluation
planning-error-local-authority = Seul un membre d’une autorité locale ou régionale peut lancer une évaluation. Mettez à jour votre profil, ou demandez à votre autorité de vous inviter.
planning-error-territory = Indiquez le nom du territoire (200 caractères au maximum).
planning-error-country = Choisissez le pays dans la liste.
planning-error-no-set = Aucun jeu d’indicateurs n’est chargé : aucune évaluation ne peut donc encore commencer.
planning-status = Statut
planning-status-open = ouverte aux réponses
planning-status-closed = clôturée
planning-published = profil publié
planning-role-coordinator = coordinateur
planning-role-respondent = répondant
planning-sections = Sections à remplir
planning-section = Section
planning-indicators = Indicateurs
planning-answered-by-me = Avec votre réponse
planning-answered-by-anyone = Avec au moins une réponse
planning-results = Résultats
planning-profile-title = Profil
planning-plan-title = Plan d’action
planning-answers-csv = Toutes les réponses (CSV)
planning-review-title = Examiner les réponses
planning-differing-count = { $count ->
    [0] aucune réponse divergente
    [one] un indicateur avec des réponses divergentes
   *[other] { $count } indicateurs avec des réponses divergentes
}
planning-members = Membres
planning-invitations = Invitations
planning-invitation-accepted = acceptée
planning-invitation-pending = en attente
planning-invitation-expired = expirée
planning-invite-email = Inviter un collègue ou un partenaire par e-mail
planning-hint-invite = La personne invitée reçoit un lien valable 14 jours et répond avec son propre compte.
planning-invite-button = Envoyer l’invitation
planning-error-already-member = Cette personne est déjà membre de l’évaluation.
planning-error-already-invited = Une invitation envoyée à cette adresse attend encore d’être acceptée.
planning-coordinator = Outils du coordinateur
planning-close-button = Clôturer ce cycle
planning-repeat-button = Lancer le cycle suivant
planning-publish-button = Publier le profil
planning-unpublish-button = Ne plus publier le profil
planning-privacy = Seuls les membres voient l’évaluation. La publication rend le profil visible par tous, mais pas les réponses.
planning-level = Niveau
planning-level-absent = Absent
planning-level-partial = Partiel
planning-level-complete = Complet
planning-level-na = Sans objet
planning-evidence = Preuves
planning-links = Liens vers les preuves
planning-hint-links = Une adresse web par ligne, commençant par https://
planning-save-section = Enregistrer cette section
planning-saved = Vos réponses ont été enregistrées.
planning-back-to-overview = Retour à l’évaluation
planning-back-to-list = Retour à l’outil de planification
planning-error-round-closed = Ce cycle est clôturé : les réponses ne peuvent plus être modifiées.
planning-error-unknown-indicator = Le formulaire mentionne un indicateur qui ne fait pas partie de cette section.
planning-error-unknown-level = Le formulaire a envoyé un niveau qui n’existe pas.
planning-error-choose-level = Choisissez un niveau : absent, partiel, complet ou sans objet.
planning-error-too-long = Ce texte est trop long : les preuves doivent compter moins de 4 000 caractères, et les liens moins de 2 000.
planning-error-links = Écrivez chaque lien sur une ligne distincte, en commençant par https:// ou http://.
planning-error-conflict = Quelqu’un a enregistré une réponse différente pour cet indicateur après que vous avez ouvert la page. Les deux sont affichées : vérifiez-les, puis enregistrez de nouveau pour conserver la vôtre.
planning-conflict-saved = Enregistré entre-temps :
planning-conflict-yours = Votre réponse est conservée ci-dessous et n’a pas été enregistrée.
planning-error-reason = Indiquez la raison du niveau que vous avez choisi.
planning-error-close-first = Clôturez ce cycle avant de lancer le suivant.
planning-invitation-title = Invitation à une évaluation
planning-invitation-intro = Nous vous invitons à répondre à l’auto-évaluation de { $territory }.
planning-accept-button = Accepter et participer
planning-invitation-used = Cette invitation a déjà été utilisée. Si vous l’avez acceptée, l’évaluation figure dans votre liste.
planning-invitation-expired-message = Cette invitation a expiré. Demandez au coordinateur de vous inviter de nouveau.
planning-invitation-other-address = Cette invitation a été envoyée à une autre adresse e-mail. Connectez-vous avec cette adresse, ou demandez au coordinateur de vous inviter.
planning-invitation-mail-subject = Invitation : auto-évaluation de { $territory } sur la migration et le développement local
planning-invitation-mail-body = { $name } vous invite à répondre à l’auto-évaluation de { $territory } sur M4D Toolbox. Ouvrez ce lien pour participer :
planning-invitation-mail-expiry = { $days ->
    [one] Le lien est valable un jour.
   *[other] Le lien est valable { $days } jours.
}
planning-review-intro = Qui a répondu quoi, indicateur par indicateur. Lorsque les réponses divergent, choisissez le niveau à retenir et expliquez pourquoi ; la raison est conservée.
planning-review-empty = Personne n’a encore répondu.
planning-standing-differs = réponses divergentes
planning-standing-unanswered = sans réponse
planning-resolved-as = Niveau retenu :
planning-resolve-level = Niveau à retenir
planning-resolve-reason = Raison
planning-resolve-button = Enregistrer la décision
planning-profile-intro = Ce qui est bien développé et ce qui présente un potentiel de développement supplémentaire, par section et par secteur. C’est une image pour la planification, pas une note ni un classement.
planning-print-hint = Pour imprimer ou enregistrer en PDF, utilisez la commande d’impression de votre navigateur : les menus et les formulaires ne sont pas imprimés.
planning-open-count = { $count ->
    [one] Un indicateur n’a pas encore de réponse ou a des réponses divergentes.
   *[other] { $count } indicateurs n’ont pas encore de réponse ou ont des réponses divergentes.
}
planning-by-subcategory = Par section
planning-by-sector = Par secteur
planning-sector = Secteur
planning-chart = Graphique
planning-bar-text = { $complete } au niveau complet, { $partial } avec un potentiel de développement supplémentaire
planning-bar-open = { $count ->
    [0] {""}
    [one] , un en suspens
   *[other] , { $count } en suspens
}
planning-well-developed = Bien développé
planning-potential = Potentiel de développement supplémentaire
planning-change-title = Évolution depuis le cycle précédent
planning-previous-round = Cycle précédent
planning-this-round = Ce cycle
planning-csv-indicator = Indicateur
planning-csv-statement = Énoncé
planning-csv-subcategory = Section
planning-csv-sectors = Secteurs
planning-csv-respondent = Répondant
planning-csv-level = Niveau
planning-csv-evidence = Preuves
planning-csv-links = Liens
planning-csv-updated = Mise à jour
planning-csv-resolution = Décision du coordinateur
planning-csv-reason = Raison
planning-plan-intro = Transformez chaque lacune en actions, avec un responsable, des partenaires et une échéance. Les leçons et les bonnes pratiques associées à chaque lacune peuvent vous aider.
planning-plan-csv = Télécharger le plan (CSV)
planning-actions = Actions
planning-no-actions = Aucune action pour l’instant.
planning-gaps = Lacunes et ressources utiles
planning-no-gaps = Aucun indicateur n’a encore été retenu comme absent ou partiel.
planning-suggested-lessons = Leçons utiles :
planning-suggested-practices = Bonnes pratiques dont s’inspirer :
planning-add-action = Ajouter une action
planning-add-action-button = Ajouter l’action
planning-action-title = Action
planning-action-owner = Responsable
planning-action-partners = Partenaires
planning-action-due = Échéance
planning-action-status = Statut
planning-action-update = Mettre à jour
planning-action-status-planned = prévue
planning-action-status-in-progress = en cours
planning-action-status-done = réalisée
planning-action-status-dropped = abandonnée
planning-hint-date = Année, mois et jour, par exemple 2027-06-30.
planning-error-action-indicator = Choisissez la lacune à laquelle cette action répond.
planning-error-action-title = Indiquez en quoi consiste l’action (500 caractères au maximum).
planning-error-action-owner = Indiquez qui est responsable de l’action (500 caractères au maximum).
planning-error-action-date = Indiquez l’échéance sous la forme année-mois-jour, par exemple 2027-06-30.
planning-error-action-status = Choisissez un statut dans la liste.
planning-error-publish-closed = Clôturez le cycle avant de publier son profil : seul un cycle terminé est publié.
planning-error-repeated = Le cycle suivant de cette évaluation a déjà commencé.
planning-legend-open = Pas encore de réponse, ou réponses divergentes
