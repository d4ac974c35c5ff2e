# German (de) draft of common.ftl; to be checked with an interpreter.
# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Ja
common-yes-no-no = Nein

answer-asked-declined = Ich möchte nicht antworten
answer-asked-unknown = Weiß ich nicht
answer-not-asked = Nicht gefragt
hint-choose-all = Wählen Sie alles Zutreffende aus.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Wohnen
domain-housing-instability-explain = Das Mitglied könnte seine Wohnung verlieren oder hat keinen festen Platz zum Wohnen.
domain-housing-quality = Zustand der Wohnung
domain-housing-quality-explain = In der Wohnung des Mitglieds gibt es Probleme, die der Gesundheit schaden können.
domain-food = Essen
domain-food-explain = Das Mitglied hat sich in den letzten 12 Monaten Sorgen gemacht, dass das Essen ausgeht, oder das Essen ist ausgegangen.
domain-transportation = Transport
domain-transportation-explain = Fehlende Verkehrsmittel haben das Mitglied von medizinischer Versorgung, Arbeit oder Dingen abgehalten, die es braucht.
domain-utilities = Strom, Gas, Heizöl und Wasser
domain-utilities-explain = Der Strom-, Gas-, Heizöl- oder Wasserversorger hat gedroht, die Versorgung abzustellen, oder hat es bereits getan.
domain-interpersonal-safety = Sicherheit
domain-interpersonal-safety-explain = Möglicherweise verletzt, bedroht oder beleidigt jemand das Mitglied.
domain-financial-strain = Geld für das Nötigste
domain-financial-strain-explain = Es fällt schwer, Essen, Wohnen, medizinische Versorgung oder Heizung zu bezahlen.
domain-employment = Arbeit
domain-employment-explain = Das Mitglied möchte Hilfe, um Arbeit zu finden oder zu behalten.
domain-family-community-support = Unterstützung durch andere
domain-family-community-support-explain = Das Mitglied braucht mehr Hilfe bei alltäglichen Tätigkeiten oder fühlt sich oft einsam.
domain-education = Schule und Ausbildung
domain-education-explain = Das Mitglied möchte Hilfe bei Schule oder beruflicher Ausbildung.
domain-physical-activity = Körperliche Aktivität
domain-physical-activity-explain = Das Mitglied bewegt sich weniger als 150 Minuten pro Woche.
domain-substance-use = Alkohol, Tabak und Drogen
domain-substance-use-explain = Das Mitglied hat einen Konsum angegeben, über den ein Gespräch sinnvoll sein könnte.
domain-mental-health = Psychische Gesundheit
domain-mental-health-explain = Das Mitglied war niedergeschlagen, hat das Interesse verloren oder fühlt sich stark gestresst.
domain-disabilities = Behinderungen
domain-disabilities-explain = Das Mitglied hat große Schwierigkeiten, sich zu konzentrieren oder allein Besorgungen zu erledigen.
domain-digital-access = Internet und Geräte
domain-digital-access-explain = Dem Mitglied fehlt zuverlässiges Internet oder ein Gerät für Videosprechstunden.
domain-digital-literacy = Vertrautheit mit Technik
domain-digital-literacy-explain = Das Mitglied fühlt sich bei Videosprechstunden unsicher und hat niemanden, der hilft.

outcome-positive = Bedarf festgestellt
outcome-negative = Kein Bedarf festgestellt
outcome-not-scored = Nicht ausgewertet: einige Antworten fehlen

flag-homelessness = Das Mitglied hat keinen festen Platz zum Wohnen (Wohnungslosigkeit).
safety-discreet-prompt = Bevor Sie darüber sprechen, vergewissern Sie sich, dass das Mitglied allein ist und ohne Gefahr sprechen kann.

translation-status-reference = Referenztext
translation-status-draft = Übersetzungsentwurf: Prüfen Sie den Wortlaut mit einer Dolmetscherin oder einem Dolmetscher
translation-status-reviewed = Geprüft von { $reviewer } am { $date }

role-chw = Gesundheitsfachkraft in der Gemeinde
role-navigator = Lotse/Lotsin für Telemedizin
role-supervisor = Teamleitung

permission-find-members = Mitglieder suchen
permission-view-member = ein Mitglied ansehen
permission-edit-member = ein Mitglied hinzufügen oder ändern
permission-record-response = ein Screening erfassen
permission-record-follow-up = eine Nachverfolgung erfassen
permission-retract-any-response = das Screening einer anderen Person als irrtümlich erfasst markieren
permission-manage-users = Benutzer verwalten
permission-backup = eine Sicherung erstellen
permission-restore = eine Sicherung wiederherstellen
permission-verify-store = den Datenspeicher prüfen
permission-review-team = die Arbeit des Teams überprüfen
permission-import-members = Mitglieder oder Demodaten importieren
permission-sync = mit dem zentralen Server synchronisieren
