# Polish (pl) draft of consent.ftl; formal Pan/Pani; to be checked with an interpreter.
# Consent before screening, and follow-up on a need.

consent-title = Zanim zaczniemy
consent-screening = Chcielibyśmy zadać Panu/Pani kilka pytań o zdrowie i życie. Może Pan/Pani pominąć każde pytanie. Czy to w porządku?
consent-share-for-referral = Jeśli znajdziemy coś, w czym potrzebuje Pan/Pani pomocy, czy możemy przekazać tę informację organizacji społecznej, która może pomóc?

follow-up-title = Dalsze działania
follow-up-status = Co się stało z tą potrzebą?
follow-up-status-open = Otwarta
follow-up-status-resource-given = Przekazano informację o pomocy
follow-up-status-referred = Skierowano do organizacji
follow-up-status-declined-help = Członek odmówił pomocy
follow-up-status-already-getting-help = Już otrzymuje pomoc
follow-up-status-resolved = Rozwiązana
follow-up-organization = Do jakiej organizacji skierowano członka?
follow-up-note = Notatka
