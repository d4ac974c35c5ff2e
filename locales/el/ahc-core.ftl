# AHC HRSN screening tool, core questions (CMS Accountable Health Communities, 2018 wording, verbatim).
# Greek (el) draft; to be checked with an interpreter.

ahc-core-title = Κοινωνικές ανάγκες που σχετίζονται με την υγεία (βασικές ερωτήσεις)
ahc-core-living-situation = Ποια είναι η κατάσταση στέγασής σας σήμερα;
ahc-core-living-situation-steady = Έχω σταθερό μέρος να μένω
ahc-core-living-situation-worried = Σήμερα έχω μέρος να μένω, αλλά ανησυχώ ότι θα το χάσω στο μέλλον
ahc-core-living-situation-not-steady = Δεν έχω σταθερό μέρος να μένω (μένω προσωρινά σε σπίτια άλλων, σε ξενοδοχείο, σε ξενώνα για άστεγους, ζω έξω στον δρόμο, σε παραλία, σε αυτοκίνητο, σε εγκαταλελειμμένο κτίριο, σε σταθμό λεωφορείων ή τρένων ή σε πάρκο)
ahc-core-housing-problems = Σκεφτείτε το μέρος όπου μένετε. Έχετε προβλήματα με κάποιο από τα παρακάτω;
ahc-core-housing-problems-pests = Ζωύφια ή τρωκτικά, όπως έντομα, μυρμήγκια ή ποντίκια
ahc-core-housing-problems-mold = Μούχλα
ahc-core-housing-problems-lead = Μπογιά ή σωλήνες με μόλυβδο
ahc-core-housing-problems-heat = Έλλειψη θέρμανσης
ahc-core-housing-problems-stove = Ο φούρνος ή η κουζίνα δεν λειτουργεί
ahc-core-housing-problems-smoke-detectors = Ανιχνευτές καπνού που λείπουν ή δεν λειτουργούν
ahc-core-housing-problems-leaks = Διαρροές νερού
ahc-core-housing-problems-none = Κανένα από τα παραπάνω
ahc-core-food-worry = Μέσα στους τελευταίους 12 μήνες, ανησυχήσατε ότι το φαγητό σας θα τελείωνε πριν έχετε χρήματα για να αγοράσετε κι άλλο.
ahc-core-food-ran-out = Μέσα στους τελευταίους 12 μήνες, το φαγητό που αγοράσατε απλώς δεν έφτανε και δεν είχατε χρήματα για να πάρετε κι άλλο.
ahc-core-hunger-vital-sign-often = Ισχύει συχνά
ahc-core-hunger-vital-sign-sometimes = Ισχύει μερικές φορές
ahc-core-hunger-vital-sign-never = Δεν ισχύει ποτέ
ahc-core-transportation = Τους τελευταίους 12 μήνες, η έλλειψη αξιόπιστου μέσου μετακίνησης σάς εμπόδισε να πάτε σε ιατρικά ραντεβού, σε συναντήσεις, στη δουλειά ή να προμηθευτείτε πράγματα που χρειάζεστε για την καθημερινή ζωή;
ahc-core-utilities = Τους τελευταίους 12 μήνες, σας απείλησε η εταιρεία ρεύματος, φυσικού αερίου, πετρελαίου θέρμανσης ή νερού ότι θα κόψει την παροχή στο σπίτι σας;
ahc-core-utilities-yes = Ναι
ahc-core-utilities-no = Όχι
ahc-core-utilities-already-shut-off = Την έχουν ήδη κόψει
ahc-core-safety-intro = Επειδή η βία και η κακοποίηση συμβαίνουν σε πολλούς ανθρώπους και επηρεάζουν την υγεία τους, σας κάνουμε τις παρακάτω ερωτήσεις.
ahc-core-safety-hurt = Πόσο συχνά κάποιος, ακόμη και άτομα της οικογένειας ή φίλοι σας, σας κάνει σωματικό κακό;
ahc-core-safety-insult = Πόσο συχνά κάποιος, ακόμη και άτομα της οικογένειας ή φίλοι σας, σας προσβάλλει ή σας μιλά υποτιμητικά;
ahc-core-safety-threaten = Πόσο συχνά κάποιος, ακόμη και άτομα της οικογένειας ή φίλοι σας, σας απειλεί ότι θα σας κάνει κακό;
ahc-core-safety-scream = Πόσο συχνά κάποιος, ακόμη και άτομα της οικογένειας ή φίλοι σας, σας φωνάζει ή σας βρίζει;
ahc-core-frequency-never = Ποτέ
ahc-core-frequency-rarely = Σπάνια
ahc-core-frequency-sometimes = Μερικές φορές
ahc-core-frequency-fairly-often = Αρκετά συχνά
ahc-core-frequency-frequently = Πολύ συχνά
