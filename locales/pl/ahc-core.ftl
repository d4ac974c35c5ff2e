# Polish (pl) draft of ahc-core.ftl; formal Pan/Pani; to be checked with an interpreter.
# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).

ahc-core-title = Potrzeby społeczne związane ze zdrowiem (pytania podstawowe)
ahc-core-living-situation = Jaka jest dziś Pana/Pani sytuacja mieszkaniowa?
ahc-core-living-situation-steady = Mam stałe miejsce do mieszkania
ahc-core-living-situation-worried = Dziś mam gdzie mieszkać, ale martwię się, że w przyszłości mogę to miejsce stracić
ahc-core-living-situation-not-steady = Nie mam stałego miejsca do mieszkania (tymczasowo mieszkam u innych osób, w hotelu, w schronisku dla bezdomnych, mieszkam pod gołym niebem na ulicy, na plaży, w samochodzie, w opuszczonym budynku, na dworcu autobusowym lub kolejowym albo w parku)
ahc-core-housing-problems = Proszę pomyśleć o miejscu, w którym Pan/Pani mieszka. Czy ma Pan/Pani problem z którąś z poniższych rzeczy?
ahc-core-housing-problems-pests = Szkodniki, takie jak robactwo, mrówki lub myszy
ahc-core-housing-problems-mold = Pleśń
ahc-core-housing-problems-lead = Farba z ołowiem lub ołowiane rury
ahc-core-housing-problems-heat = Brak ogrzewania
ahc-core-housing-problems-stove = Niedziałający piekarnik lub kuchenka
ahc-core-housing-problems-smoke-detectors = Brak czujników dymu lub niedziałające czujniki dymu
ahc-core-housing-problems-leaks = Przecieki wody
ahc-core-housing-problems-none = Żadne z powyższych
ahc-core-food-worry = W ciągu ostatnich 12 miesięcy martwił(a) się Pan/Pani, że jedzenie skończy się, zanim będzie Pan/Pani miał(a) pieniądze, żeby kupić więcej.
ahc-core-food-ran-out = W ciągu ostatnich 12 miesięcy jedzenie, które Pan/Pani kupił(a), po prostu nie wystarczało, a nie miał(a) Pan/Pani pieniędzy, żeby kupić więcej.
ahc-core-hunger-vital-sign-often = Często tak było
ahc-core-hunger-vital-sign-sometimes = Czasami tak było
ahc-core-hunger-vital-sign-never = Nigdy tak nie było
ahc-core-transportation = Czy w ciągu ostatnich 12 miesięcy brak niezawodnego transportu przeszkodził Panu/Pani w dotarciu na wizyty lekarskie, spotkania lub do pracy albo w zdobyciu rzeczy potrzebnych w codziennym życiu?
ahc-core-utilities = Czy w ciągu ostatnich 12 miesięcy dostawca prądu, gazu, oleju opałowego lub wody groził odcięciem usług w Pana/Pani domu?
ahc-core-utilities-yes = Tak
ahc-core-utilities-no = Nie
ahc-core-utilities-already-shut-off = Usługi już odcięto
ahc-core-safety-intro = Ponieważ przemoc i znęcanie się dotykają wielu ludzi i wpływają na ich zdrowie, zadajemy Panu/Pani poniższe pytania.
ahc-core-safety-hurt = Jak często ktokolwiek, w tym rodzina i przyjaciele, krzywdzi Pana/Panią fizycznie?
ahc-core-safety-insult = Jak często ktokolwiek, w tym rodzina i przyjaciele, obraża Pana/Panią lub traktuje Pana/Panią z góry?
ahc-core-safety-threaten = Jak często ktokolwiek, w tym rodzina i przyjaciele, grozi, że zrobi Panu/Pani krzywdę?
ahc-core-safety-scream = Jak często ktokolwiek, w tym rodzina i przyjaciele, krzyczy na Pana/Panią lub Pana/Panią wyzywa?
ahc-core-frequency-never = Nigdy
ahc-core-frequency-rarely = Rzadko
ahc-core-frequency-sometimes = Czasami
ahc-core-frequency-fairly-often = Dość często
ahc-core-frequency-frequently = Często
