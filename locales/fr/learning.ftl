# Apprentissage : la formation, les modules, les leçons, les quiz, le tableau de bord, le glossaire.

nav-main = Navigation principale
nav-learn = Formation
nav-dashboard = Mon apprentissage
breadcrumb = Vous êtes ici
learn-course = Formation
learn-module = Module
learn-module-map = Modules
learn-compulsory = Obligatoire
learn-optional = Optionnel
learn-module-complete = Terminé
learn-locked = Verrouillé
learn-done = Terminée
learn-lessons = Leçons
learn-objectives = Ce que vous saurez faire
learn-languages = Disponible en :
learn-lessons-count = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}
learn-minutes = { $minutes ->
    [one] environ { $minutes } minute
   *[other] environ { $minutes } minutes
}
learn-percent-done = { $percent }% terminé
learn-progress-of = Progression dans { $module }
learn-opens-after = Accessible lorsque vous aurez terminé :
learn-locked-explained = Ce module sera accessible lorsque vous aurez terminé :
learn-rule = { $count ->
    [one] Le module de base est obligatoire. Pour achever la formation, terminez-le ainsi que { $count } module optionnel de votre choix.
   *[other] Le module de base est obligatoire. Pour achever la formation, terminez-le ainsi que { $count } modules optionnels de votre choix.
}
learn-sign-up-to-start = Créez un compte gratuit pour commencer
learn-enrol-title = Commencer la formation
learn-plan-title = Votre plan d’apprentissage
learn-plan-intro = { $count ->
    [one] Choisissez les modules optionnels qui correspondent à votre travail. Il vous en faut { $count } pour achever la formation ; vous pouvez modifier votre choix à tout moment.
   *[other] Choisissez les modules optionnels qui correspondent à votre travail. Il vous en faut { $count } pour achever la formation ; vous pouvez modifier votre choix à tout moment.
}
learn-plan-legend = Modules optionnels
learn-plan-save = Enregistrer mon plan
learn-enrol = Commencer la formation
learn-enrol-first = Commencez d’abord la formation : choisissez vos modules optionnels sur la page de la formation.
learn-notice-enrol-first = Pour lire les leçons et répondre aux quiz, commencez d’abord la formation.
learn-notice-enrolled = Bienvenue dans la formation. Commencez par le module de base.
learn-notice-plan-saved = Votre plan d’apprentissage a été enregistré.
learn-course-complete = Félicitations : vous avez achevé la formation.
learn-continue = Continuer : { $lesson }
learn-continue-button = Suivant
learn-dashboard-link = Mon apprentissage
learn-dashboard-title = Mon apprentissage
learn-my-modules = Mes modules
learn-optional-progress = { $count ->
    [one] Modules optionnels terminés : { $done } sur { $count } requis.
   *[other] Modules optionnels terminés : { $done } sur { $count } requis.
}
learn-next-lesson = Leçon suivante : { $title }
learn-next-quiz = Répondre au quiz : { $title }
learn-quiz-results = Résultats des quiz
learn-best = Meilleur score
learn-attempts = Tentatives
learn-change-plan = Modifier mon plan d’apprentissage

learn-lesson-position = Leçon { $position } sur { $count }
learn-in-this-lesson = Dans cette leçon
learn-key-terms = Termes clés
learn-mark-done = Marquer comme terminée et continuer
learn-lesson-navigation = Leçons de ce module
learn-not-translated = Cette leçon n’est pas encore disponible dans votre langue. Version affichée : { $language }.
learn-translation-stale = L’original de cette leçon a été modifié depuis sa traduction : cette traduction n’est peut-être plus à jour.
learn-translation-draft = Cette traduction n’a pas encore été relue.
learn-glossary-title = Glossaire

callout-key-idea = Idée clé
callout-case-study = Étude de cas
callout-example = Exemple
callout-reflection = Pour réfléchir
callout-scenario = Mise en situation

learn-quiz = Quiz
learn-take-quiz = Répondre au quiz
learn-quiz-intro = { $mark ->
   *[other] Répondez aux questions, puis envoyez vos réponses. Vous réussissez le quiz avec { $mark }% ou plus, et vous pouvez réessayer autant de fois que vous le souhaitez : c’est votre meilleur score qui compte.
}
learn-best-score = { $score ->
   *[other] Votre meilleur score : { $score }%.
}
learn-choose-all = Choisissez toutes les réponses qui conviennent.
learn-order-hint = Indiquez la place de chaque élément dans l’ordre, en commençant par 1.
learn-choose = Choisir…
learn-true = Vrai
learn-false = Faux
learn-your-answer = Votre réponse
learn-submit-quiz = Envoyer mes réponses
learn-submit-again = Renvoyer mes réponses
learn-your-score = { $score ->
   *[other] Votre score : { $score }%
}
learn-quiz-passed = Vous avez réussi. Bravo !
learn-quiz-not-passed = { $mark ->
   *[other] Pas encore réussi : il vous faut { $mark }%. Lisez les commentaires ci-dessous, puis réessayez.
}
learn-try-again = Réessayer
learn-back-to-module = Retour au module
learn-answer-right = Correct.
learn-answer-partly = Partiellement correct.
learn-answer-wrong = Incorrect.
learn-answer-missing = Sans réponse.

error-unknown-module = Ce module ne fait pas partie de la formation. Veuillez en choisir un dans la liste.
error-quiz-forged = Ces réponses ne correspondent pas au quiz. Veuillez recharger la page du quiz et répondre de nouveau.
error-module-locked = Ce module est encore verrouillé. Sa page dans la formation indique les modules à terminer pour y accéder.

guides-title = Guides
guides-intro = Comment apprendre avec la boîte à outils, et comment animer une formation en présentiel à partir de celle-ci.
guides-for-learners = Pour les apprenants
guides-for-facilitators = Pour les animateurs
nav-guides = Guides
