# Haitian Creole (ht) draft of digital.ftl; standard orthography; to be checked with an interpreter.
# Digital access intake (telehealth navigators) and the help navigators give.

digital-access-title = Entènèt ak vizit pa videyo
digital-access-internet-home = Èske ou gen entènèt lakay ou?
digital-access-internet-home-home = Wi, entènèt lakay oswa Wi-Fi
digital-access-internet-home-phone-only = Sèlman ak plan done telefòn mwen
digital-access-internet-home-none = Non
digital-access-internet-reliable = Èske entènèt ou bon ase pou yon vizit pa videyo?
digital-access-internet-reliable-yes = Wi
digital-access-internet-reliable-sometimes = Pafwa
digital-access-internet-reliable-no = Non
digital-access-data-runs-out = Èske done telefòn ou fini anvan fen mwa a?
digital-access-data-runs-out-often = Souvan
digital-access-data-runs-out-sometimes = Pafwa
digital-access-data-runs-out-never = Pa janm
digital-access-devices = Kiyès nan aparèy sa yo ou ka itilize pou yon vizit pa videyo?
digital-access-devices-smartphone = Telefòn entèlijan (smartphone)
digital-access-devices-tablet = Tablèt
digital-access-devices-computer = Òdinatè ki gen kamera
digital-access-devices-none = Okenn nan yo
digital-access-device-shared = Èske ou pataje aparèy sa a ak lòt moun?
digital-access-private-space = Èske ou gen yon kote prive pou pale pandan yon vizit pa videyo?
digital-access-confidence = Ki konfyans ou genyen lè w ap itilize yon telefòn oswa yon òdinatè pou yon vizit pa videyo?
digital-access-confidence-very = Anpil
digital-access-confidence-somewhat = Mwayennman
digital-access-confidence-a-little = Yon ti kras
digital-access-confidence-not-at-all = Pa ditou
digital-access-help-available = Èske gen yon moun ki ka ede ou prepare yon vizit pa videyo?
digital-access-portal-account = Èske ou gen yon kont sou pòtal pasyan sant sante a?
digital-access-email = Èske ou gen yon adrès imèl ou itilize?
digital-access-preferred-visit = Ki jan ou ta renmen fè vizit ou yo?
digital-access-preferred-visit-in-person = An pèsòn
digital-access-preferred-visit-video = Pa videyo
digital-access-preferred-visit-phone = Pa telefòn

navigator-actions-title = Èd yo bay
navigator-actions-actions = Ak kisa ou te ede manm nan?
navigator-actions-actions-install-app = Enstale aplikasyon pou vizit pa videyo a
navigator-actions-actions-portal = Prepare kont pòtal pasyan an
navigator-actions-actions-test-call = Fè yon apèl tès pou pratike
navigator-actions-actions-internet-program = Refere l bay yon pwogram entènèt oswa telefòn ki pa chè
navigator-actions-actions-device-loan = Prete l yon aparèy
navigator-actions-actions-video-visit = Pran randevou pou yon vizit pa videyo
navigator-actions-actions-declined = Manm nan pa t vle èd
navigator-actions-notes = Nòt
