# Polish (pl) draft of common.ftl; formal Pan/Pani or impersonal forms; to be checked with an interpreter.
# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Tak
common-yes-no-no = Nie

answer-asked-declined = Wolę nie odpowiadać
answer-asked-unknown = Nie wiem
answer-not-asked = Nie zadano pytania
hint-choose-all = Proszę zaznaczyć wszystkie pasujące odpowiedzi.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Mieszkanie
domain-housing-instability-explain = Członek może stracić dom albo nie ma stałego miejsca do mieszkania.
domain-housing-quality = Warunki mieszkaniowe
domain-housing-quality-explain = W domu członka są problemy, które mogą szkodzić zdrowiu.
domain-food = Jedzenie
domain-food-explain = W ciągu ostatnich 12 miesięcy członek martwił się, że zabraknie mu jedzenia, albo jedzenia zabrakło.
domain-transportation = Transport
domain-transportation-explain = Brak transportu przeszkodził członkowi w dotarciu do opieki medycznej, do pracy lub do potrzebnych rzeczy.
domain-utilities = Media (prąd, gaz, olej opałowy, woda)
domain-utilities-explain = Dostawca prądu, gazu, oleju opałowego lub wody groził odcięciem usług albo już je odciął.
domain-interpersonal-safety = Bezpieczeństwo
domain-interpersonal-safety-explain = Ktoś może krzywdzić członka, grozić mu lub go obrażać.
domain-financial-strain = Pieniądze na podstawowe potrzeby
domain-financial-strain-explain = Trudno jest opłacić jedzenie, mieszkanie, opiekę medyczną lub ogrzewanie.
domain-employment = Praca
domain-employment-explain = Członek chce pomocy w znalezieniu lub utrzymaniu pracy.
domain-family-community-support = Wsparcie innych osób
domain-family-community-support-explain = Członek potrzebuje więcej pomocy w codziennych czynnościach albo często doskwiera mu samotność.
domain-education = Nauka i szkolenia
domain-education-explain = Członek chce pomocy w nauce lub w szkoleniu zawodowym.
domain-physical-activity = Aktywność fizyczna
domain-physical-activity-explain = Członek ćwiczy mniej niż 150 minut tygodniowo.
domain-substance-use = Alkohol, tytoń i narkotyki
domain-substance-use-explain = Członek zgłosił używanie, o którym warto porozmawiać.
domain-mental-health = Zdrowie psychiczne
domain-mental-health-explain = Członek odczuwał przygnębienie, stracił zainteresowanie lub odczuwa silny stres.
domain-disabilities = Niepełnosprawności
domain-disabilities-explain = Członek ma poważne trudności z koncentracją lub z samodzielnym załatwianiem spraw.
domain-digital-access = Internet i urządzenia
domain-digital-access-explain = Członek nie ma niezawodnego internetu lub urządzenia do wizyt wideo.
domain-digital-literacy = Swoboda w korzystaniu z technologii
domain-digital-literacy-explain = Członek nie czuje się pewnie podczas wizyt wideo i nie ma nikogo, kto by mu pomógł.

outcome-positive = Stwierdzono potrzebę
outcome-negative = Nie stwierdzono potrzeby
outcome-not-scored = Nie oceniono: brakuje niektórych odpowiedzi

flag-homelessness = Członek nie ma stałego miejsca do mieszkania (bezdomność).
safety-discreet-prompt = Przed rozmową na ten temat należy upewnić się, że członek jest sam i że może bezpiecznie rozmawiać.

translation-status-reference = Tekst referencyjny
translation-status-draft = Wersja robocza tłumaczenia: należy sprawdzić brzmienie z tłumaczem ustnym
translation-status-reviewed = Sprawdzone przez: { $reviewer }, dnia { $date }

role-chw = środowiskowy pracownik ochrony zdrowia
role-navigator = koordynator ds. telemedycyny
role-supervisor = kierownik zespołu

permission-find-members = wyszukiwać członków
permission-view-member = przeglądać dane członka
permission-edit-member = dodawać lub zmieniać dane członka
permission-record-response = zapisywać badanie przesiewowe
permission-record-follow-up = zapisywać dalsze działania
permission-retract-any-response = oznaczać badanie przesiewowe innej osoby jako wprowadzone przez pomyłkę
permission-manage-users = zarządzać użytkownikami
permission-backup = tworzyć kopię zapasową
permission-restore = przywracać kopię zapasową
permission-verify-store = sprawdzać magazyn danych
permission-review-team = przeglądać pracę zespołu
permission-import-members = importować członków lub dane demonstracyjne
permission-sync = synchronizować z serwerem centralnym
