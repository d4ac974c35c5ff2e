# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake : erreur : { $message }
cli-internal-error = intake : erreur interne ; rien de plus n’a été enregistré. Merci de signaler ce problème.
cli-store-created = Espace de stockage créé dans { $dir } pour { $site }.
cli-recovery-key-intro = Clé de récupération (affichée une seule fois ; notez-la et gardez-la sous clé) :
cli-demo-saved = enregistré n° { $number } : membre { $member }, réponse { $response }
cli-demo-added = { $count ->
    [one] { $count } membre fictif ajouté, avec ses dépistages.
    [many] { $count } de membres fictifs ajoutés, avec leurs dépistages.
   *[other] { $count } membres fictifs ajoutés, avec leurs dépistages.
}
cli-found = { $count ->
    [one] { $count } membre trouvé
    [many] { $count } de membres trouvés
   *[other] { $count } membres trouvés
}
cli-duplicates = { $count ->
    [one] { $count } membre existant semble être la même personne (voir ci-dessus) ; utilisez --force pour l’ajouter quand même
    [many] { $count } de membres existants semblent être la même personne (voir ci-dessus) ; utilisez --force pour l’ajouter quand même
   *[other] { $count } membres existants semblent être la même personne (voir ci-dessus) ; utilisez --force pour l’ajouter quand même
}
cli-verify-ok = ok : les pages et le contrôle d’intégrité sont corrects ; chaîne d’audit de { $entries } entrées intacte ; { $members } membres, { $responses } réponses
cli-backup-written = Sauvegarde chiffrée écrite dans { $file } ({ $bytes } octets).
cli-restored = { $members } membres et { $responses } réponses restaurés depuis { $file }.
cli-new-pin = { $user } a un nouveau code PIN.
cli-user-added = Utilisateur { $user } ajouté ({ $role }).
cli-user-deactivated = Le compte de { $user } est désactivé.
cli-outbox = en attente : { $pending }
    transmis : { $delivered }
cli-response-line = réponse { $id } { $date } { $instrument } en { $locale } par { $collector } : { $answers } réponses{ $state }
cli-response-retracted = { " " }(saisie par erreur)
cli-response-corrected = { " " }(corrigée)
cli-need-line = besoin { $id } { $domain } : { $status }
cli-user-active = actif
cli-user-deactivated-state = désactivé
cli-prompt-pin = Code PIN de { $user } :
cli-prompt-choose-pin = Choisissez un code PIN pour { $user } :
cli-prompt-new-pin = Nouveau code PIN pour { $user } :
cli-prompt-recovery-key = Clé de récupération :
cli-need-user = définissez INTAKE_USER avec le nom de l’utilisateur sous lequel agir
cli-no-value = aucune valeur fournie : définissez { $var } ou tapez la valeur quand elle vous est demandée
cli-no-data-dir = aucun --data-dir indiqué et aucun dossier personnel à utiliser par défaut
cli-read-failed = impossible de lire { $what }

error-not-initialized = aucun espace de stockage Equity Intake dans { $path } : lancez d’abord « intake init »
error-already-initialized = { $path } contient déjà un espace de stockage Equity Intake
error-wrong-credentials = nom d’utilisateur ou code PIN incorrect
error-locked-out = trop de codes PIN incorrects pour cet utilisateur : réessayez dans { $seconds } s, ou demandez à un superviseur de réinitialiser le code PIN
error-deactivated = ce compte a été désactivé : adressez-vous à un superviseur
error-wrong-recovery-key = la clé de récupération n’est pas valide pour cet espace de stockage
error-forbidden = votre rôle ({ $role }) ne permet pas cette action : { $action }
error-not-found = { $what } introuvable
error-what-member = membre
error-what-user = utilisateur
error-what-response = réponse
error-what-need = besoin
error-what-draft = dépistage non terminé
error-invalid = { $field } : { $reason }
error-field-name = nom
error-field-date-of-birth = date de naissance
error-field-masshealth-id = numéro MassHealth
error-field-pin = code PIN
error-field-site = établissement
error-field-user = utilisateur
error-field-consent = consentement
error-field-answers = réponses
error-field-supersedes = correction
error-field-reason = motif
error-field-response = réponse
error-field-organization = organisme
error-field-file = fichier
error-field-instrument = questionnaire
error-field-draft = dépistage
error-field-item = question
error-reason-check-field = vérifiez ce champ
error-reason-pin-too-short = utilisez au moins { $min } caractères
error-reason-site-empty = indiquez le nom du centre de santé
error-reason-username-format = utilisez des lettres, des chiffres, « . », « _ » ou « - » (64 au maximum)
error-reason-username-taken = ce nom d’utilisateur est déjà pris
error-reason-recovery-needs-supervisor = la clé de récupération ne peut réinitialiser que le code PIN d’un superviseur actif
error-reason-deactivate-self = vous ne pouvez pas désactiver votre propre compte
error-reason-no-consent = le membre n’a pas accepté de répondre au dépistage
error-reason-answered-twice = une question a reçu deux réponses ({ $item })
error-reason-correction-other-member = une correction doit remplacer une réponse du même membre
error-reason-retraction-reason = indiquez pourquoi la réponse a été saisie par erreur
error-reason-already-retracted = elle est déjà marquée comme saisie par erreur
error-reason-referral-organization = indiquez l’organisme vers lequel le membre a été orienté
error-reason-path-not-utf8 = le chemin contient des caractères que ce système ne peut pas utiliser
error-reason-unknown-instrument = cette application ne connaît pas ce questionnaire ({ $item })
error-reason-unknown-item = une question n’appartient pas à ce questionnaire ({ $item })
error-reason-wrong-kind = une réponse a un type de valeur incorrect ({ $item })
error-reason-unknown-option = une réponse ne fait pas partie des choix de la question ({ $item })
error-reason-exclusive-option = « aucun » ne peut pas être choisi avec d’autres réponses ({ $item })
error-reason-empty-choice = choisissez au moins une réponse ({ $item })
error-reason-out-of-range = le nombre est en dehors des valeurs permises ({ $item })
error-reason-absent-not-offered = cette question ne propose pas cette réponse ({ $item })
error-reason-not-enabled = une question qui ne s’applique pas a reçu une réponse ({ $item })
error-reason-required-missing = une question obligatoire n’a pas de réponse ({ $item })
error-reason-none-chosen = choisissez au moins un questionnaire
error-reason-already-saved = cette partie du dépistage est déjà enregistrée
error-reason-empty-text = la réponse écrite est vide ({ $item })
error-disk-full = le disque est plein ou protégé en écriture : rien n’a été enregistré ; libérez de l’espace et réessayez
error-corrupt = l’espace de stockage est endommagé ou n’est pas un espace de stockage Equity Intake ({ $detail }) ; restaurez-le à partir d’une sauvegarde
error-audit-broken = le journal d’audit a été modifié à l’entrée { $seq } : { $reason }
error-not-a-backup = { $path } n’est pas une sauvegarde Equity Intake
error-io = erreur de fichier sur { $path } : { $detail }
error-database = erreur de base de données : { $detail }

# Association au serveur central de l’ACO et synchronisation. Chaque erreur de synchronisation dit si quelque chose a été perdu (jamais).
cli-enrolled = Associé à { $url } pour { $site }. Cet appareil est identifié comme { $device }.
cli-sync-progress = Envoi : { $sent } sur { $total } enregistrements…
cli-sync-done = { $records ->
    [one] Synchronisation terminée : { $records } enregistrement envoyé. Accusés de réception signés vérifiés : { $batches }.
    [many] Synchronisation terminée : { $records } d’enregistrements envoyés. Accusés de réception signés vérifiés : { $batches }.
   *[other] Synchronisation terminée : { $records } enregistrements envoyés. Accusés de réception signés vérifiés : { $batches }.
}
cli-sync-nothing = Rien à envoyer : tout est déjà sur le serveur central.
error-sync-not-enrolled = cet appareil n’est encore associé à aucun serveur central : un superviseur doit l’associer avec l’adresse du serveur central et un code à usage unique fourni par l’ACO
error-sync-already-enrolled = cet appareil est déjà associé à un serveur central
error-sync-insecure-url = l’adresse du serveur central doit commencer par https:// (le simple http:// n’est permis que vers cet ordinateur lui-même)
error-sync-bad-url = ce n’est pas une adresse de serveur central ; elle doit ressembler à https://hub.example.org
error-sync-bad-code = le code d’association n’a pas été accepté : vérifiez-le, ou demandez-en un nouveau à l’ACO (chaque code ne sert qu’une fois)
error-sync-offline = pas de réseau, ou le serveur central est injoignable : rien n’a été perdu ; réessayez une fois la connexion rétablie
error-sync-certificate = le certificat de sécurité du serveur central n’est pas reconnu comme fiable, donc rien n’a été envoyé : prévenez l’assistance technique de l’ACO
error-sync-hub-unavailable = le serveur central ne répond pas pour le moment : rien n’a été perdu ; réessayez plus tard
error-sync-revoked = le serveur central a révoqué l’accès de cet appareil : rien n’a été perdu, mais cet appareil ne peut plus se synchroniser ; appelez l’assistance technique de l’ACO
error-sync-refused = le serveur central a refusé un lot ({ $reason }) : rien n’a été perdu ; prévenez l’assistance technique de l’ACO
error-sync-bad-answer = la réponse du serveur central n’a pas pu être vérifiée, donc rien n’a été marqué comme envoyé : prévenez l’assistance technique de l’ACO
