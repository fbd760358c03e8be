# Commun à toutes les pages : le cadre du site, les éléments de formulaire, les pages d’erreur.

site-name = M4D Toolbox
skip-to-content = Aller au contenu
nav-account = Votre compte
nav-signed-in-as = Session ouverte au nom de
nav-admin = Administration
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter
nav-languages = Langues
footer-about = M4D Toolbox : formation et outils sur la migration et le développement local, gratuits et open source.

field-optional = (facultatif)
form-has-problems = Veuillez corriger les points suivants
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
pager-position = Page { $page } sur { $pages }

error-title-not-found = Page introuvable
error-title-forbidden = Accès non autorisé
error-title-too-many-requests = Trop de tentatives
error-title-internal = Une erreur s’est produite
error-title-bad-request = Cette demande n’a pas pu être traitée
error-not-found = Nous n’avons pas trouvé cette page. Vérifiez l’adresse ou repartez de la page d’accueil.
error-forbidden = Votre compte n’a pas l’autorisation d’ouvrir cette page. Si vous en avez besoin, adressez-vous à un administrateur.
error-too-many-requests = Trop de tentatives en peu de temps. Veuillez patienter quelques minutes, puis réessayer.
error-payload-too-large = Votre envoi est trop volumineux. Veuillez le raccourcir, puis réessayer.
error-method-not-allowed = Cette adresse ne peut pas être utilisée de cette façon. Veuillez revenir en arrière et utiliser les liens et les boutons de la page.
error-internal = Une erreur de notre côté a interrompu cette page. Rien de ce que vous avez saisi n’a été enregistré à moitié ; veuillez réessayer dans un instant.
error-bad-form = Le formulaire est arrivé incomplet. Veuillez revenir en arrière, le vérifier et l’envoyer de nouveau.
error-form-expired = Ce formulaire avait expiré : rien n’a donc été enregistré. Nous avons conservé votre saisie : veuillez la vérifier et envoyer le formulaire de nouveau.
error-request-id = Si vous signalez ce problème, veuillez indiquer cette référence : { $id }
error-go-home = Aller à la page d’accueil
error-required = Veuillez remplir ce champ.
error-too-long = Ce texte est trop long. Veuillez le raccourcir.
error-invalid-characters = Ce texte contient des caractères non autorisés. Veuillez les supprimer.
