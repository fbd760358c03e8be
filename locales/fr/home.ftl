# La page d’accueil.

home-title = Migration et développement local, en pratique
home-lead = Formation et outils gratuits pour les autorités locales et régionales, la société civile, les associations de migrants et de la diaspora, les chercheurs et les organisations internationales.
home-learning-title = Se former
home-learning-text = Un module de base et cinq modules optionnels, à votre rythme ou en formation présentielle, avec des quiz et un certificat.
home-library-title = Bibliothèque
home-library-text = Guides, bonnes pratiques et exemples de réussite issus des territoires d’origine, de transit et de destination.
home-planning-title = Planifier
home-planning-text = Évaluez dans quelle mesure la migration est intégrée à votre planification du développement local, et transformez les lacunes en plan d’action.
home-community-title = Échanger
home-community-text = Rejoignez un réseau de praticiens, avec des e-discussions modérées, des événements et des actualités.
home-join = Créer un compte gratuit
home-welcome-new = Bienvenue, { $name } ! Votre compte est prêt.
home-welcome-back = Bon retour parmi nous, { $name }.
