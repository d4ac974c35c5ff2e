# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Oui
common-yes-no-no = Non

answer-asked-declined = Je préfère ne pas répondre
answer-asked-unknown = Je ne sais pas
answer-not-asked = Question non posée
hint-choose-all = Cochez toutes les réponses qui s’appliquent.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Logement
domain-housing-instability-explain = Le membre risque de perdre son logement, ou n’a pas de logement stable.
domain-housing-quality = État du logement
domain-housing-quality-explain = Il y a dans le logement du membre des problèmes qui peuvent nuire à sa santé.
domain-food = Alimentation
domain-food-explain = Au cours des 12 derniers mois, le membre a eu peur de manquer de nourriture, ou la nourriture a manqué.
domain-transportation = Transport
domain-transportation-explain = Le manque de transport a empêché le membre d’accéder aux soins, d’aller au travail ou d’obtenir ce dont il a besoin.
domain-utilities = Électricité, gaz, chauffage et eau
domain-utilities-explain = La compagnie d’électricité, de gaz, de fioul ou d’eau a menacé de couper le service, ou l’a déjà coupé.
domain-interpersonal-safety = Sécurité
domain-interpersonal-safety-explain = Quelqu’un fait peut-être du mal au membre, le menace ou l’insulte.
domain-financial-strain = Argent pour l’essentiel
domain-financial-strain-explain = Il est difficile de payer la nourriture, le logement, les soins médicaux ou le chauffage.
domain-employment = Travail
domain-employment-explain = Le membre veut de l’aide pour trouver ou garder un travail.
domain-family-community-support = Soutien des autres
domain-family-community-support-explain = Le membre a besoin de plus d’aide pour les activités de tous les jours, ou ressent souvent de la solitude.
domain-education = Études et formation
domain-education-explain = Le membre veut de l’aide pour ses études ou pour une formation professionnelle.
domain-physical-activity = Activité physique
domain-physical-activity-explain = Le membre fait moins de 150 minutes d’exercice par semaine.
domain-substance-use = Alcool, tabac et drogues
domain-substance-use-explain = Le membre a signalé une consommation dont il serait utile de parler.
domain-mental-health = Santé mentale
domain-mental-health-explain = Le membre s’est senti triste, a perdu l’intérêt pour les choses, ou ressent beaucoup de stress.
domain-disabilities = Handicaps
domain-disabilities-explain = Le membre a de grandes difficultés à se concentrer ou à faire ses démarches par lui-même.
domain-digital-access = Internet et appareils
domain-digital-access-explain = Le membre n’a pas d’internet fiable ou pas d’appareil pour les consultations vidéo.
domain-digital-literacy = Aisance avec la technologie
domain-digital-literacy-explain = Le membre n’est pas à l’aise avec les consultations vidéo et n’a personne pour l’aider.

outcome-positive = Besoin repéré
outcome-negative = Aucun besoin repéré
outcome-not-scored = Pas de score : il manque des réponses

flag-homelessness = Le membre n’a pas de logement stable (sans domicile).
safety-discreet-prompt = Avant d’en parler, assurez-vous que le membre est seul et qu’il peut parler sans danger.

translation-status-reference = Texte de référence
translation-status-draft = Traduction provisoire : vérifiez la formulation avec un interprète
translation-status-reviewed = Révisée par { $reviewer } le { $date }

role-chw = agent de santé communautaire
role-navigator = accompagnateur en télésanté
role-supervisor = superviseur

permission-find-members = rechercher des membres
permission-view-member = consulter le dossier d’un membre
permission-edit-member = ajouter ou modifier un membre
permission-record-response = enregistrer un dépistage
permission-record-follow-up = enregistrer un suivi
permission-retract-any-response = marquer le dépistage d’une autre personne comme saisi par erreur
permission-manage-users = gérer les utilisateurs
permission-backup = faire une sauvegarde
permission-restore = restaurer une sauvegarde
permission-verify-store = vérifier l’espace de stockage
permission-review-team = examiner le travail de l’équipe
permission-import-members = importer des membres ou des données de démonstration
permission-sync = synchroniser avec le serveur central
