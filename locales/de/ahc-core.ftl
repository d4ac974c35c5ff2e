# German (de) draft of ahc-core.ftl; to be checked with an interpreter.
# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).

ahc-core-title = Gesundheitsbezogene soziale Bedürfnisse (Kernfragen)
ahc-core-living-situation = Wie ist Ihre Wohnsituation heute?
ahc-core-living-situation-steady = Ich habe einen festen Platz zum Wohnen
ahc-core-living-situation-worried = Ich habe heute einen Platz zum Wohnen, mache mir aber Sorgen, dass ich ihn in Zukunft verliere
ahc-core-living-situation-not-steady = Ich habe keinen festen Platz zum Wohnen (ich wohne vorübergehend bei anderen, in einem Hotel, in einer Notunterkunft, lebe draußen auf der Straße, an einem Strand, in einem Auto, in einem verlassenen Gebäude, an einem Busbahnhof oder Bahnhof oder in einem Park)
ahc-core-housing-problems = Denken Sie an den Ort, an dem Sie wohnen. Haben Sie Probleme mit einem der folgenden Punkte?
ahc-core-housing-problems-pests = Schädlinge wie Insekten, Ameisen oder Mäuse
ahc-core-housing-problems-mold = Schimmel
ahc-core-housing-problems-lead = Bleihaltige Farbe oder Bleirohre
ahc-core-housing-problems-heat = Fehlende Heizung
ahc-core-housing-problems-stove = Backofen oder Herd funktioniert nicht
ahc-core-housing-problems-smoke-detectors = Rauchmelder fehlen oder funktionieren nicht
ahc-core-housing-problems-leaks = Undichte Stellen, aus denen Wasser austritt
ahc-core-housing-problems-none = Nichts davon
ahc-core-food-worry = In den letzten 12 Monaten haben Sie sich Sorgen gemacht, dass Ihnen das Essen ausgeht, bevor Sie Geld hatten, um mehr zu kaufen.
ahc-core-food-ran-out = In den letzten 12 Monaten hat das Essen, das Sie gekauft hatten, einfach nicht gereicht, und Sie hatten kein Geld, um mehr zu kaufen.
ahc-core-hunger-vital-sign-often = Trifft oft zu
ahc-core-hunger-vital-sign-sometimes = Trifft manchmal zu
ahc-core-hunger-vital-sign-never = Trifft nie zu
ahc-core-transportation = Hat ein Mangel an zuverlässigen Verkehrsmitteln Sie in den letzten 12 Monaten davon abgehalten, zu medizinischen Terminen, zu Treffen oder zur Arbeit zu gehen oder Dinge zu besorgen, die Sie im Alltag brauchen?
ahc-core-utilities = Hat in den letzten 12 Monaten der Strom-, Gas-, Heizöl- oder Wasserversorger gedroht, die Versorgung in Ihrer Wohnung abzustellen?
ahc-core-utilities-yes = Ja
ahc-core-utilities-no = Nein
ahc-core-utilities-already-shut-off = Wurde bereits abgestellt
ahc-core-safety-intro = Weil viele Menschen Gewalt und Misshandlung erleben und das ihre Gesundheit beeinträchtigt, stellen wir Ihnen die folgenden Fragen.
ahc-core-safety-hurt = Wie oft verletzt Sie jemand körperlich, auch jemand aus Ihrer Familie oder Ihrem Freundeskreis?
ahc-core-safety-insult = Wie oft beleidigt Sie jemand oder spricht herablassend mit Ihnen, auch jemand aus Ihrer Familie oder Ihrem Freundeskreis?
ahc-core-safety-threaten = Wie oft droht Ihnen jemand, Ihnen etwas anzutun, auch jemand aus Ihrer Familie oder Ihrem Freundeskreis?
ahc-core-safety-scream = Wie oft schreit Sie jemand an oder beschimpft Sie, auch jemand aus Ihrer Familie oder Ihrem Freundeskreis?
ahc-core-frequency-never = Nie
ahc-core-frequency-rarely = Selten
ahc-core-frequency-sometimes = Manchmal
ahc-core-frequency-fairly-often = Ziemlich oft
ahc-core-frequency-frequently = Häufig
