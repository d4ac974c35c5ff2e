# French (fr) draft of app.ftl; "vous" throughout; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Continuer
app-cancel = Annuler
app-save = Enregistrer
app-none = Aucun.
app-show = Afficher
app-lock = Verrouiller
app-locked-notice = L’écran a été verrouillé. Connectez-vous pour continuer.
app-nav-label = Menu principal
app-nav-members = Membres
app-nav-supervisor = Supervision
app-nav-settings = Paramètres
app-nav-sync = Synchronisation
app-for-staff = Pour le personnel :
app-fallback-english = (pas encore traduit : affiché en anglais)
app-translation-status-missing = Pas encore traduit : les questions s’affichent en anglais

## First run and sign-in
app-setup-title = Configurer Equity Intake
app-setup-explain = Créez l’espace de stockage de ce centre de santé et le compte de son premier superviseur. Toutes les données sont conservées chiffrées sur cet ordinateur.
app-setup-submit = Créer l’espace de stockage
app-recovery-title = Votre clé de récupération
app-recovery-explain = Si tous les superviseurs oublient leur code PIN, cette clé est le seul moyen d’accéder de nouveau à l’espace de stockage. Notez-la et gardez-la sous clé dans un endroit sûr, loin de cet ordinateur. Elle n’est affichée qu’une seule fois.
app-recovery-confirm = J’ai noté la clé de récupération et je l’ai rangée en lieu sûr.
app-sign-in-title = Connexion
app-sign-in-submit = Se connecter
app-pin-hint = Au moins 6 caractères. Ne le communiquez à personne.
app-field-site = Nom du centre de santé
app-field-username = Nom d’utilisateur
app-field-name = Prénom et nom
app-field-pin = Code PIN
app-field-pin-again = Confirmez le code PIN
app-field-role = Rôle
app-field-staff-language = Langue des écrans

## Members
app-members-title = Membres
app-members-search = Rechercher par nom, numéro MassHealth, numéro de dossier ou date de naissance
app-members-recent = Membres que vous avez vus récemment
app-members-none-yet = Aucun membre récent. Faites une recherche ci-dessus ou ajoutez un membre.
app-members-found = { $count ->
    [one] { $count } membre trouvé
    [many] { $count } de membres trouvés
   *[other] { $count } membres trouvés
}
app-members-too-many = Plus de { $count } membres trouvés : tapez davantage de lettres du nom.
app-members-add = Ajouter un membre
app-members-save = Enregistrer le membre
app-duplicates-found = Ces membres semblent être la même personne. Ouvrez l’un d’eux, ou ajoutez un nouveau membre s’il s’agit d’une autre personne.
app-duplicates-add-anyway = C’est une autre personne : ajouter un nouveau membre
app-dob = Date de naissance
app-masshealth-id = Numéro MassHealth
app-mrn = Numéro de dossier
app-field-given-name = Prénom
app-field-family-name = Nom de famille
app-field-date-of-birth = Date de naissance
app-field-masshealth-id = Numéro MassHealth (facultatif)
app-field-mrn = Numéro de dossier médical (facultatif)

## Member profile
app-demographics-title = Ce que le membre nous a dit à son sujet
app-topic = Thème
app-state = Statut
app-answer = Réponse
app-asked-on = Demandé le
app-proxy = réponse donnée par une autre personne
app-topic-race-ethnicity = Origine ethnique et raciale
app-topic-language = Langue
app-topic-disability = Handicap
app-topic-sexual-orientation = Orientation sexuelle
app-topic-gender-identity = Identité de genre
app-topic-sex-at-birth = Sexe attribué à la naissance
app-topic-pronouns = Pronoms
app-state-answered = A répondu
app-state-declined = A préféré ne pas répondre
app-state-unknown = Ne savait pas
app-state-never-asked = Jamais demandé
app-state-stale = Datant de plus d’un an
app-history-title = Dépistages
app-history-none = Aucun dépistage pour l’instant.
app-drafts-title = Dépistages non terminés
app-resume = Reprendre
app-needs-title = Besoins
app-needs-none = Aucun besoin repéré pour l’instant.
app-need-discreet = Un besoin sensible
app-opened-on = Repéré le
app-follow-up-add = Enregistrer un suivi

## Starting a screening
app-start-title = Commencer un dépistage
app-start-submit = Commencer
app-field-instruments = Questionnaires
app-field-member-language = Langue du membre
app-field-mode = Modalité
app-mode-in-person = En personne
app-mode-phone = Par téléphone
app-mode-video = Par vidéo
app-field-interpreter = Avec l’aide d’un interprète
app-field-respondent = Qui répond
app-respondent-self = Le membre
app-respondent-proxy = Une autre personne pour le membre (père ou mère, proche aidant)
app-field-relationship = Lien de cette personne avec le membre
app-field-consent = Le membre est d’accord

## Screening
app-screening-for = Dépistage de
app-question-position = Question { $n } sur { $total }
app-progress = Réponses : { $answered } sur { $total }
app-steps-label = Liste des questions
app-back = Retour
app-next = Suivant
app-finish = Terminer et enregistrer
app-save-close = Fermer (les réponses sont enregistrées)
app-discard = Abandonner ce dépistage
app-discard-confirm = Effacer toutes les réponses de ce dépistage ? Cette action est définitive.

## Results
app-results-title = Résultats
app-results-none = Aucun résultat à afficher.
app-safe-to-talk = Le membre est seul et peut parler sans danger
app-to-profile = Retour au dossier du membre
app-summary-print = Résumé pour le membre
app-summary-open = Ouvrir le résumé
app-print = Imprimer ou enregistrer en PDF

## The printed summary, in the member's language
app-summary-title = Résumé de votre dépistage
app-summary-intro = Merci d’avoir répondu à nos questions. Voici ce dont nous avons parlé et ce qui va se passer ensuite.
app-summary-none = Aujourd’hui, vous ne nous avez parlé d’aucun besoin. Vous pouvez nous parler à tout moment.
app-summary-footer = Vos réponses sont confidentielles. Elles aident votre centre de santé et MassHealth à mieux vous soigner. Si vous avez des questions, appelez votre centre de santé.
app-summary-explain-housing-instability = Vous avez peut-être besoin d’aide pour garder votre logement ou en trouver un.
app-summary-explain-housing-quality = Il y a peut-être dans votre logement des problèmes qui peuvent nuire à votre santé.
app-summary-explain-food = Vous avez peut-être besoin d’aide pour avoir assez à manger.
app-summary-explain-transportation = Vous avez peut-être besoin d’aide pour vos trajets : aller vous faire soigner, aller au travail ou faire vos courses et vos démarches.
app-summary-explain-utilities = Vous avez peut-être besoin d’aide pour payer l’électricité, le gaz, le fioul ou l’eau.
app-summary-explain-interpersonal-safety = Nous pouvons parler de votre sécurité quand vous le souhaitez.
app-summary-explain-financial-strain = Vous avez peut-être besoin d’aide pour payer les choses essentielles.
app-summary-explain-employment = Vous aimeriez peut-être de l’aide pour trouver ou garder un travail.
app-summary-explain-family-community-support = Vous aimeriez peut-être plus d’aide à la maison, ou passer plus de temps avec d’autres personnes.
app-summary-explain-education = Vous aimeriez peut-être de l’aide pour vos études ou pour une formation professionnelle.
app-summary-explain-physical-activity = Bouger davantage peut être bon pour votre santé.
app-summary-explain-substance-use = Nous pouvons parler d’alcool, de tabac ou de drogues quand vous le souhaitez.
app-summary-explain-mental-health = Vous aimeriez peut-être parler à quelqu’un de ce que vous ressentez.
app-summary-explain-disabilities = Vous aimeriez peut-être de l’aide pour les tâches de tous les jours.
app-summary-explain-digital-access = Vous avez peut-être besoin d’aide pour avoir internet ou un appareil pour les consultations vidéo.
app-summary-explain-digital-literacy = Vous aimeriez peut-être de l’aide pour apprendre à faire des consultations vidéo.

## Supervisor
app-supervisor-title = Aujourd’hui
app-team-work = Travail de chaque professionnel
app-staff = Professionnel
app-screenings = Dépistages
app-members-screened = Membres
app-needs-opened = Besoins repérés
app-incomplete-title = Dépistages non terminés
app-unfollowed-title = Besoins sans suivi
app-users-title = Utilisateurs
app-add-user = Ajouter un utilisateur
app-reset-pin = Réinitialiser le code PIN
app-deactivate = Désactiver
app-inactive = désactivé
app-site-settings = Paramètres de l’établissement
app-setting-idle-lock-seconds = Verrouiller l’écran après ce nombre de secondes sans utilisation
app-setting-sogi-min-age = Âge minimum pour les questions sur l’orientation sexuelle et l’identité de genre

## Settings
app-text-size = Taille du texte
app-about = À propos
app-language = Langue
app-translation-status = Traduction

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = L’écran est verrouillé. Reconnectez-vous : rien n’a été perdu.
app-error-pin-mismatch = Les deux codes PIN ne sont pas identiques.
app-error-preferences = Ce paramètre n’a pas pu être enregistré sur cet ordinateur.
app-error-date-of-birth = Saisissez la date de naissance complète.
app-error-member-name = Saisissez un prénom ou un nom de famille.
app-error-member-date-of-birth = La date de naissance ne peut pas être dans le futur.
app-error-member-masshealth-id = Un numéro MassHealth ne contient que des lettres et des chiffres.
app-error-member-language = Choisissez la langue du membre.
app-error-mode = Choisissez comment le dépistage se déroule.
app-error-respondent = Choisissez qui répond.
app-error-proxy-relationship = Indiquez qui répond pour le membre.
app-error-consent = Le membre doit donner son accord avant qu’on lui pose la moindre question.
app-error-instruments = Choisissez au moins un questionnaire.
app-error-answer = Cette réponse ne correspond pas à la question. Choisissez de nouveau.
app-error-answer-exclusive = Cette réponse ne peut pas être choisie avec les autres.
app-error-answer-range = Ce nombre est en dehors des valeurs permises par la question.
app-error-required-unanswered = Cette question doit avoir une réponse, ou « Je préfère ne pas répondre », avant que vous terminiez.
app-error-follow-up-status = Choisissez la suite donnée à ce besoin.
app-error-role = Choisissez un rôle.
app-error-setting = Cette valeur est en dehors des limites permises.

# L’écran de synchronisation du superviseur.
app-sync-title = Synchroniser avec le serveur central de l’ACO
app-sync-not-enrolled = Cet appareil n’est encore associé à aucun serveur central. Saisissez l’adresse du serveur central et le code à usage unique que l’ACO vous a remis.
app-sync-hub-url = Adresse du serveur central
app-sync-code = Code d’association
app-sync-enroll = Associer cet appareil
app-sync-enrolled = Associé à { $url } pour { $site }.
app-sync-unsent = { $count ->
    [one] { $count } enregistrement en attente d’envoi.
    [many] { $count } d’enregistrements en attente d’envoi.
   *[other] { $count } enregistrements en attente d’envoi.
}
app-sync-all-sent = Tout est arrivé sur le serveur central.
app-sync-now = Synchroniser maintenant
app-sync-sending = Envoi en cours : { $sent } sur { $total } enregistrements
app-sync-finished = { $records ->
    [one] Terminé : { $records } enregistrement envoyé et confirmé par le serveur central.
    [many] Terminé : { $records } d’enregistrements envoyés et confirmés par le serveur central.
   *[other] Terminé : { $records } enregistrements envoyés et confirmés par le serveur central.
}
app-sync-history = Synchronisations récentes
app-sync-started = Début
app-sync-by = Effectuée par
app-sync-records = Enregistrements
app-sync-receipts = Accusés de réception signés
app-sync-result = Résultat
app-sync-ok = Terminée
app-sync-receipt = { $count ->
    [one] Lot { $sequence } : { $count } enregistrement
    [many] Lot { $sequence } : { $count } d’enregistrements
   *[other] Lot { $sequence } : { $count } enregistrements
}
