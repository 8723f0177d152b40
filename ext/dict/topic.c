/*
** topic.c — what free text says when its table tells what it is about:
** visits to a doctor, support tickets, reviews and people's bios (English).
**
** Every line was written for syda.  The conditions are common ones under
** their plain names, with the reasons people give for a visit, what a
** short clinical note says about them and the usual first treatment: public
** knowledge of general practice, not clinical advice.
**
** Alternatives are separated by '|'.  Braces are filled by fake_topic.c:
**   notes    {d} a few days, {dl} weeks to months, {bp} a normal and {bph}
**            a high blood pressure, {hr} a pulse, {t} a normal and {tf} a
**            raised temperature, {o2} an oxygen saturation, {a1c} an A1c;
**            a condition whose findings all quote {tf} comes with a fever,
**            one that quotes {t} or {tf} may; "Fever" in a reason or a
**            complaint, {tf}, "Afebrile" and "no fever" go only with a row
**            that has (or has not) one (fake_topic.c)
**   tickets  {order} an order number, {amount} a sum of money, {feature}
**            a feature asked for, {n} a small number, {when} since when
**            ("since yesterday"), {browser}, {device}; order, amount,
**            feature and n are the same in every column of a row
**   reviews  {short} and {long}, periods of use
*/

#include <stdint.h>

#include "dict.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define LIST(az) \
  { COUNT(az), az, 0, 0 }

/* ---- visits to a doctor -------------------------------------------------------- */

const DictCare dict_care[] = {
    {"Routine health examination|Routine exam",
     "Annual physical|Routine checkup|Annual wellness visit|Yearly physical exam",
     "Here for an annual physical; no new complaints.|Presents for a routine checkup and feels well.",
     "BP {bp}, HR {hr}. Heart and lungs normal; exam unremarkable.|Vitals normal, BP {bp}. No abnormal "
     "findings.",
     "Routine labs ordered; age-appropriate screenings discussed.|Flu vaccine given; continue current diet "
     "and exercise.",
     10, 0},
    {"Hypertension|High blood pressure",
     "Blood pressure check|Medication refill|Follow-up visit|Blood pressure medication refill",
     "Follow-up for high blood pressure; taking lisinopril daily.|Reports occasional morning headaches; "
     "checks BP at home.",
     "BP {bph}, HR {hr}. Heart regular, no edema.|BP {bph} on repeat. Lungs clear.",
     "Increase lisinopril dose; low-salt diet reinforced; recheck in 4 weeks.|Continue current medication; "
     "keep a home BP log; recheck in 3 months.",
     8, 0},
    {"Type 2 diabetes|Diabetes", "Diabetes follow-up|Lab results review|Medication refill",
     "Here to review A1c; checks sugars at home twice a day.|Reports increased thirst over {dl}; taking "
     "metformin as prescribed.",
     "A1c {a1c}, BP {bp}. Foot exam normal, sensation intact.|Weight stable. A1c {a1c}.",
     "Continue metformin; dietary counseling; repeat A1c in 3 months.|Add a second agent; referred to "
     "diabetes education; annual eye exam.",
     6, 0},
    {"High cholesterol", "Lab results review|Cholesterol check|Follow-up visit",
     "Reviewing recent lipid panel; no chest pain.|Here to discuss cholesterol results; family history of "
     "heart disease.",
     "LDL elevated on recent labs; BP {bp}.|Exam unremarkable; BP {bp}, HR {hr}.",
     "Start atorvastatin; diet and exercise counseling; repeat lipids in 3 months.|Lifestyle changes first; "
     "recheck lipid panel in 6 months.",
     5, 0},
    {"Upper respiratory infection|Common cold",
     "Cold symptoms|Sore throat|Sinus congestion|Runny nose and cough",
     "Runny nose, sore throat and mild cough for {d}.|Nasal congestion and sneezing for {d}; no fever.",
     "Temp {t}. Nasal mucosa swollen, throat mildly red, lungs clear.|Afebrile. Clear nasal discharge; lungs "
     "clear.",
     "Supportive care with fluids, rest and saline spray.|Symptomatic treatment; return if fever develops or "
     "symptoms last beyond 10 days.",
     8, 1},
    {"Acute bronchitis|Bronchitis", "Persistent cough|Chest congestion|Cough that will not go away",
     "Productive cough for {d}, worse at night.|Cough with chest tightness for {d}; no shortness of breath "
     "at rest.",
     "Temp {t}, SpO2 {o2}. Scattered rhonchi, no wheezing.|Afebrile, SpO2 {o2}. Coarse breath sounds that "
     "clear with coughing.",
     "Likely viral; no antibiotics. Honey, fluids and a cough suppressant at night.|Inhaler as needed for "
     "wheeze; return if the cough lasts more than three weeks.",
     5, 1},
    {"Influenza|Flu", "Flu-like symptoms|Fever|Body aches",
     "Sudden fever, chills and body aches for {d}.|Fever and fatigue for {d}; several coworkers ill.",
     "Temp {tf}, HR {hr}. Rapid flu test positive.|Temp {tf}. Throat red, lungs clear.",
     "Oseltamivir started; rest and fluids; off work until fever-free for 24 hours.|Supportive care; return "
     "for shortness of breath or chest pain.",
     4, 2},
    {"COVID-19", "Fever|Cough|Positive home test",
     "Positive home test yesterday; cough and fatigue for {d}.|Fever, sore throat and loss of smell for {d}.",
     "Temp {t}, SpO2 {o2}. No respiratory distress.|Temp {tf}, SpO2 {o2}. Lungs clear.",
     "Isolation reviewed; fluids and acetaminophen; return if breathing worsens.|Supportive care; pulse "
     "oximeter at home.",
     3, 1},
    {"Strep throat", "Sore throat|Fever|Painful swallowing",
     "Severe sore throat and pain on swallowing for {d}.|Sore throat and fever for {d}; no cough.",
     "Temp {tf}. Tonsils swollen with exudate; tender neck nodes. Rapid strep positive.|Temp {tf}. Rapid "
     "strep positive.",
     "Amoxicillin for 10 days; salt-water gargles; return if unable to swallow.|Antibiotics started; stay "
     "home until 24 hours on treatment.",
     3, 2},
    {"Acute sinusitis|Sinusitis", "Sinus congestion|Facial pain|Headache",
     "Facial pressure and thick nasal discharge for {d}.|Congestion and headache for {d}, worse when bending "
     "forward.",
     "Temp {t}. Tenderness over the maxillary sinuses.|Afebrile. Purulent nasal discharge; sinus tenderness.",
     "Saline rinses and a nasal steroid spray; antibiotics if not better in a week.|Amoxicillin-clavulanate "
     "started; decongestant for up to three days.",
     4, 1},
    {"Ear infection", "Ear pain|Fever|Muffled hearing",
     "Left ear pain and muffled hearing for {d}.|Right ear pain for {d} after a cold.",
     "Temp {t}. Left eardrum red and bulging.|Right eardrum red and dull; canal clear.",
     "Amoxicillin for 7 days; ibuprofen for pain.|Pain control; recheck the ear in two weeks if not "
     "improved.",
     3, 1},
    {"Seasonal allergies|Allergies", "Allergy symptoms|Sneezing|Itchy eyes",
     "Sneezing, itchy eyes and runny nose for {dl}, worse outdoors.|Spring allergy symptoms have returned, "
     "as every year.",
     "Pale, swollen nasal mucosa; clear discharge. Lungs clear.|Mild eye redness; nasal congestion. "
     "Afebrile.",
     "Daily antihistamine and nasal steroid spray.|Continue loratadine; allergy testing if not controlled.",
     5, 0},
    {"Asthma", "Shortness of breath|Wheezing|Inhaler refill|Worsening shortness of breath",
     "Wheezing and chest tightness for {d}, using the rescue inhaler more often.|Night-time cough and wheeze "
     "over {dl}.",
     "SpO2 {o2}. Expiratory wheezes in both lungs.|SpO2 {o2}, peak flow reduced. Mild wheeze.",
     "Albuterol as needed; start an inhaled steroid; asthma action plan reviewed.|Short course of "
     "prednisone; follow up in one week.",
     3, 0},
    {"Migraine", "Headache|Migraine|Recurring headaches",
     "Throbbing one-sided headache with nausea and light sensitivity for {d}.|Recurring headaches two to "
     "three times a month over {dl}.",
     "BP {bp}. Neurological exam normal.|Alert, normal neurological exam; no neck stiffness.",
     "Sumatriptan at onset; headache diary; limit caffeine.|Start preventive medication; avoid triggers; "
     "follow up in 6 weeks.",
     4, 0},
    {"Tension headache", "Headache|Neck pain|Daily headaches",
     "Band-like headache at the end of the workday for {dl}.|Daily headaches with neck tightness for {d}; "
     "long hours at a computer.",
     "BP {bp}. Tight neck and shoulder muscles; neurological exam normal.|Tender neck muscles; otherwise "
     "normal exam.",
     "Ibuprofen as needed; posture and screen breaks; stretching.|Physical therapy referral; limit pain "
     "relievers to avoid rebound headaches.",
     3, 0},
    {"Lower back strain|Back strain", "Lower back pain|Back pain|Back spasms",
     "Lower back pain for {d} after lifting boxes.|Back pain and stiffness for {d} after gardening.",
     "Tender lumbar muscles; straight-leg raise negative; strength normal.|Paraspinal spasm; normal reflexes "
     "and sensation.",
     "Stay active, heat and ibuprofen; back exercises given.|Muscle relaxant at night; physical therapy if "
     "not better in 4 weeks.",
     6, 0},
    {"Sciatica", "Back pain|Leg pain|Numbness in the leg|Pain running down the leg",
     "Low back pain radiating down the right leg for {d}.|Shooting pain down the left leg with tingling for "
     "{d}.",
     "Positive straight-leg raise on the right; strength intact.|Reduced ankle reflex on the left; no "
     "weakness.",
     "NSAIDs and gentle activity; physical therapy referral.|Oral steroid taper; MRI if symptoms persist "
     "beyond 6 weeks.",
     2, 0},
    {"Osteoarthritis of the knee|Knee osteoarthritis|Osteoarthritis", "Knee pain|Joint pain|Stiff knees",
     "Right knee pain and stiffness for {dl}, worse on stairs.|Aching knees after walking; morning stiffness "
     "under 30 minutes.",
     "Crepitus and mild swelling of the right knee; full range of motion.|Bony enlargement of both knees; no "
     "redness or warmth.",
     "Weight-bearing exercise and topical diclofenac; X-ray ordered.|Physical therapy; acetaminophen as "
     "needed; consider an injection if no relief.",
     4, 0},
    {"Ankle sprain", "Ankle injury|Ankle pain|Twisted ankle",
     "Rolled the left ankle playing basketball {d} ago.|Twisted the right ankle stepping off a curb {d} ago; "
     "able to walk with pain.",
     "Swelling and bruising over the outer ankle; no bony tenderness.|Tender over the outer ligaments; able "
     "to bear weight.",
     "Rest, ice, compression and elevation; brace for two weeks.|Ankle exercises and ibuprofen; return if "
     "unable to bear weight.",
     3, 0},
    {"Plantar fasciitis", "Heel pain|Foot pain",
     "Heel pain with the first steps in the morning for {dl}.|Pain under the heel after long walks for {dl}.",
     "Point tenderness at the heel; normal foot alignment.|Tender along the bottom of the heel; no swelling.",
     "Calf and plantar stretches, supportive shoes, night splint.|Ice after activity; heel cups; follow up "
     "in 6 weeks.",
     2, 0},
    {"Rotator cuff tendinitis|Shoulder tendinitis", "Shoulder pain|Pain lifting the arm",
     "Right shoulder pain when reaching overhead for {dl}.|Aching left shoulder at night for {dl}.",
     "Pain on lifting the arm sideways; strength preserved; no swelling.|Painful arc; normal strength.",
     "Physical therapy; NSAIDs; avoid overhead lifting for now.|Home exercises; consider an injection if no "
     "better in 6 weeks.",
     2, 0},
    {"Carpal tunnel syndrome", "Hand numbness|Wrist pain|Numbness in the hands",
     "Numbness and tingling in the thumb and fingers at night for {dl}.|Tingling in the right hand when "
     "typing for {dl}.",
     "Positive Phalen's test; grip strength normal.|Positive Tinel's sign at the wrist; no muscle wasting.",
     "Night wrist splints; ergonomic review; nerve study if no better.|Splinting and activity changes; "
     "follow up in 6 weeks.",
     2, 0},
    {"Gastroesophageal reflux disease|Acid reflux|GERD", "Heartburn|Acid reflux|Stomach pain",
     "Burning chest discomfort after meals for {dl}, worse lying down.|Sour taste and heartburn most nights "
     "for {d}.",
     "Abdomen soft, mild upper tenderness. BP {bp}.|Exam normal; no weight loss.",
     "Omeprazole daily for 8 weeks; avoid late meals and alcohol.|Raise the head of the bed; trial of "
     "antacids; follow up in 2 months.",
     4, 0},
    {"Gastroenteritis|Stomach flu", "Nausea and vomiting|Diarrhea|Stomach pain",
     "Vomiting and watery diarrhea for {d}; partner had the same.|Nausea and cramping with loose stools for "
     "{d}.",
     "Temp {t}, HR {hr}. Mild diffuse tenderness; mucous membranes slightly dry.|Afebrile. Abdomen soft; "
     "active bowel sounds.",
     "Oral rehydration and a bland diet; return if blood in stool or unable to keep fluids down.|Fluids and "
     "rest; work note for two days.",
     3, 1},
    {"Irritable bowel syndrome|IBS", "Abdominal pain|Bloating|Changes in bowel habits",
     "Crampy abdominal pain and bloating, with alternating constipation and diarrhea, over {dl}.|Bloating "
     "after meals for {dl}; no weight loss.",
     "Abdomen soft, non-tender; normal bowel sounds. Labs normal.|Exam unremarkable.",
     "Fiber supplement; food diary; trial of a low-FODMAP diet.|Reassurance; peppermint oil; follow up in 2 "
     "months.",
     2, 0},
    {"Urinary tract infection|UTI", "Painful urination|Urinary symptoms|Frequent urination",
     "Burning on urination and frequency for {d}.|Urgency and lower abdominal discomfort for {d}; no fever.",
     "Temp {t}. Urinalysis positive for nitrites and leukocytes.|Afebrile; no flank tenderness. Urine dip "
     "positive.",
     "Nitrofurantoin for 5 days; fluids; return if fever or back pain.|Antibiotic started; urine culture "
     "sent.",
     5, 1},
    {"Kidney stone", "Flank pain|Abdominal pain|Severe pain in the side and back",
     "Sudden severe left flank pain radiating to the groin since this morning.|Waves of right-sided back "
     "pain for {d}.",
     "HR {hr}. Left flank tenderness; blood on urine dip.|Uncomfortable, shifting position; urine dip shows "
     "blood.",
     "Pain control and fluids; CT ordered; strainer for urine.|Tamsulosin and pain relief; return for fever "
     "or vomiting.",
     1, 0},
    {"Generalized anxiety disorder|Anxiety disorder|Anxiety", "Anxiety|Trouble sleeping|Feeling on edge",
     "Constant worry, restlessness and poor sleep for {dl}.|Feeling on edge at work for {dl}; occasional "
     "racing heart.",
     "BP {bp}, HR {hr}. Anxious but well groomed; GAD-7 score elevated.|Normal exam; screening score "
     "consistent with anxiety.",
     "Discussed therapy options; started sertraline; follow up in 4 weeks.|Referral to counseling; breathing "
     "exercises; limit caffeine.",
     3, 0},
    {"Major depressive disorder|Depression", "Low mood|Depression screening|Follow-up visit",
     "Low mood, loss of interest and fatigue for {dl}.|Feeling down most days for {dl}; sleeping poorly.",
     "Flat affect; PHQ-9 score elevated; denies thoughts of self-harm.|Tearful at times; PHQ-9 moderately "
     "elevated.",
     "Started an SSRI; therapy referral; crisis resources given; follow up in 2 weeks.|Counseling referral; "
     "regular exercise; follow up in 4 weeks.",
     3, 0},
    {"Insomnia", "Trouble sleeping|Fatigue|Cannot fall asleep",
     "Difficulty falling asleep most nights for {dl}.|Waking at 3 a.m. and unable to fall back asleep for "
     "{dl}.",
     "Exam normal. No signs of sleep apnea.|Tired-appearing; otherwise normal exam.",
     "Sleep hygiene reviewed; no screens before bed; CBT for insomnia suggested.|Sleep diary for two weeks; "
     "limit caffeine after noon.",
     2, 0},
    {"Hypothyroidism|Underactive thyroid", "Fatigue|Lab results review|Medication refill",
     "Fatigue, weight gain and feeling cold for {dl}.|Follow-up on thyroid medication; energy improved.",
     "HR {hr}. Dry skin; TSH elevated on recent labs.|Thyroid not enlarged; TSH within range.",
     "Levothyroxine started; recheck TSH in 6 weeks.|Continue current dose; repeat TSH in 6 months.", 3, 0},
    {"Iron deficiency anemia|Anemia", "Fatigue|Lab results review|Dizziness",
     "Tired and short of breath on exertion for {dl}.|Feeling lightheaded when standing for {dl}.",
     "Pale conjunctivae; HR {hr}. Hemoglobin and ferritin low.|Mild pallor; iron studies low.",
     "Oral iron daily; dietary advice; recheck blood count in 8 weeks.|Iron supplement; look for the cause "
     "of blood loss.",
     2, 0},
    {"Eczema", "Skin rash|Itchy skin|Dry skin patches",
     "Itchy dry patches on the elbows and hands for {dl}.|Flare of an itchy rash on the neck for {d}.",
     "Dry, scaly, red patches in the skin folds; no signs of infection.|Thickened, itchy skin on both hands.",
     "Thick moisturizer twice daily; topical steroid for flares; fragrance-free soap.|Gentle skin care; "
     "antihistamine at night for itch.",
     2, 0},
    {"Contact dermatitis", "Skin rash|Itchy rash",
     "Red itchy rash on the wrist after wearing a new watch band {d} ago.|Itchy rash on both hands after "
     "using a new cleaning product.",
     "Well-defined red rash with small blisters where the band sat.|Red, dry skin on the backs of the hands.",
     "Avoid the trigger; topical steroid; antihistamine at night.|Gloves for cleaning; steroid cream for a "
     "week.",
     2, 0},
    {"Acne", "Acne|Skin check|Breakouts",
     "Breakouts on the face and back for {dl}; over-the-counter washes not helping.|Painful spots along the "
     "jaw for {dl}.",
     "Comedones and inflamed papules on the cheeks and chin.|Mild inflammatory acne; no scarring.",
     "Topical retinoid at night; benzoyl peroxide wash; recheck in 8 weeks.|Topical antibiotic gel; "
     "sunscreen daily.",
     2, 0},
    {"Conjunctivitis|Pink eye", "Eye irritation|Red eye|Pink eye",
     "Red, watery right eye with crusting in the mornings for {d}.|Itchy, red eyes for {d}; no change in "
     "vision.",
     "Conjunctiva red; vision normal; no pain with eye movement.|Both eyes mildly red; clear discharge.",
     "Warm compresses and hygiene; antibiotic drops; no contact lenses for now.|Cool compresses and "
     "artificial tears.",
     2, 0},
    {"Shingles", "Skin rash|Painful rash",
     "Burning pain on the left side of the chest, then a rash {d} ago.|Tingling and a blistering rash on one "
     "side of the back for {d}.",
     "Clusters of blisters in a band on the left chest.|Grouped blisters along one nerve on the back.",
     "Valacyclovir for 7 days; pain control; shingles vaccine once healed.|Antiviral started; keep the rash "
     "covered.",
     1, 0},
    {"Cellulitis", "Skin infection|Red swollen leg",
     "Red, warm, painful area on the lower leg spreading for {d}.|Swelling and redness around a scrape on "
     "the arm for {d}.",
     "Temp {t}. Warm, tender redness of the shin; borders marked.|Temp {tf}. Spreading redness around the "
     "wound.",
     "Cephalexin for 7 days; elevate the leg; recheck in 48 hours.|Oral antibiotics; return if the redness "
     "spreads past the marked line.",
     1, 1},
    {"Gout", "Joint pain|Foot pain|Swollen big toe",
     "Sudden severe pain and swelling of the big toe overnight.|Second attack of big-toe pain this year.",
     "Red, hot, swollen first toe joint; very tender.|Swollen, tender toe joint; uric acid high on recent "
     "labs.",
     "Colchicine and NSAIDs; limit alcohol and red meat; uric acid level ordered.|Start allopurinol after "
     "the flare settles.",
     1, 0},
    {"Obesity", "Weight management|Follow-up visit|Help with weight loss",
     "Wants help losing weight; has gained weight over {dl}.|Follow-up on a weight-loss plan; down a few "
     "pounds.",
     "BMI above 30; BP {bp}.|BMI above 30; no other findings.",
     "Nutrition referral; 150 minutes of exercise a week; follow up in 3 months.|Continue the current plan; "
     "discussed medication options.",
     2, 0},
    {"Vitamin D deficiency", "Lab results review|Fatigue",
     "Here to review labs; feels tired at times.|Follow-up on a low vitamin D level.",
     "Vitamin D low on recent labs.|Exam normal.", "Vitamin D supplement; recheck the level in 3 months.", 1, 0},
    {"Atrial fibrillation|AFib", "Palpitations|Follow-up visit|Irregular heartbeat",
     "Episodes of fluttering in the chest for {d}.|Follow-up on atrial fibrillation; no dizziness.",
     "Irregularly irregular pulse, HR {hr}. ECG confirms atrial fibrillation.|Irregular pulse, HR {hr}; BP "
     "{bp}.",
     "Rate control started; blood thinner discussed; cardiology referral.|Continue current medication; "
     "follow up in 3 months.",
     1, 0},
    {"Pneumonia", "Cough|Fever|Shortness of breath",
     "Cough with fever and chills for {d}; short of breath on stairs.|Cough with green sputum and fever for "
     "{d}.",
     "Temp {tf}, SpO2 {o2}. Crackles at the right base.|Temp {tf}, HR {hr}. Decreased breath sounds on the "
     "left.",
     "Chest X-ray ordered; amoxicillin started; recheck in 48 hours.|Antibiotics; return at once if "
     "breathing gets harder.",
     1, 2},
    {"Benign positional vertigo|Vertigo", "Dizziness|Room spinning",
     "Brief spinning when turning over in bed for {d}.|Dizziness when looking up for {d}; no hearing loss.",
     "Positive Dix-Hallpike test on the right; hearing normal.|Normal neurological exam; positional "
     "nystagmus.",
     "Repositioning maneuver done in clinic; home exercises given.|Home exercises; return if symptoms "
     "change.",
     1, 0},
    {"Immunization", "Flu shot|Tetanus booster|Vaccination",
     "Here for a seasonal flu shot; no acute complaints.|Here for a tetanus booster after a minor cut.|Here "
     "for a routine vaccination; no acute complaints.",
     "Afebrile; no contraindications.|Well-appearing; small healing cut on the hand.|Afebrile; no "
     "contraindications.",
     "Flu vaccine given in the left arm; observed 15 minutes without reaction.|Booster given; wound care "
     "reviewed.|Vaccine given in the left arm; observed 15 minutes without reaction.",
     3, 0},
};
const int dict_ncare = COUNT(dict_care);

/* ---- support tickets ---------------------------------------------------------------- */

const DictIssue dict_issue[] = {
    {"Cannot log in after password reset|Password reset not working|New password is not accepted",
     "I reset my password this morning, but the login page still says the password is incorrect.|After "
     "resetting my password I still can't sign in.",
     "I've tried {n} times in {browser} and in a private window.|The reset email arrived and the new "
     "password was accepted at first.|I need access today to finish some work.",
     "Cleared the account lockout and sent a fresh reset link; the customer confirmed they can sign in.|The "
     "reset link had expired; issued a new one and verified that login works.|The browser was filling in the "
     "old password; walked the customer through clearing saved passwords.",
     DICT_ISSUE_ANY, 6},
    {"Account locked after too many attempts|Locked out of my account|Account locked",
     "My account was locked after a few failed login attempts.|I'm locked out of my account and the unlock "
     "email never arrived.",
     "I'm sure I'm using the right email address.|I checked my spam folder as well.|It's been locked {when}.",
     "Unlocked the account manually after confirming the customer's identity.|Unlock emails were blocked by "
     "the customer's mail filter; unlocked the account and shared our sender addresses.",
     DICT_ISSUE_ANY, 3},
    {"Two-factor code not arriving|Not receiving my verification code|Lost access to my authenticator app",
     "The SMS verification code never arrives when I try to sign in.|The verification code I get by text "
     "never arrives when I sign in.|I got a new phone and my authenticator app codes no longer work.",
     "I've tried {n} times {when}.|The phone number on my account is still correct.|I can't get into my "
     "account without it.",
     "The carrier was filtering our text messages; switched the account to voice-call codes.|The phone "
     "number on the account had a typo; corrected it and the codes arrive.|Verified the customer's identity "
     "and reset two-factor; they enrolled the new device.",
     DICT_ISSUE_ANY, 3},
    {"How do I change the email on my account?|Need to update my login email|Change account email address",
     "I changed jobs and need to move my account to a new email address.|I no longer have access to the "
     "email address on my account.",
     "I couldn't find the option in the settings page.|Can you help me update it?",
     "Explained where to change the email in the profile settings; the customer updated it.|Verified "
     "ownership and updated the login email on the customer's behalf.",
     DICT_ISSUE_ANY, 2},
    {"Charged twice this month|Duplicate charge on my card|Double charge on my credit card",
     "I see two charges of {amount} on my card from the same day.|My card statement shows I was charged "
     "twice this month.",
     "I only have one account with you.|Please refund the extra charge.|My bank says both charges went "
     "through.",
     "Confirmed a duplicate payment caused by a checkout retry; refunded {amount} to the original card.|The "
     "second charge was a pending authorization that has since dropped off; explained this to the customer.",
     DICT_ISSUE_ANY, 4},
    {"Invoice shows the wrong amount|Incorrect amount on latest invoice|Invoice doesn't match my plan",
     "This month's invoice is for {amount}, but my plan should cost less.|The latest invoice charges for "
     "more seats than we have.",
     "We removed {n} users last month.|Can you send a corrected invoice?|Our finance team needs it by the "
     "end of the week.",
     "The seat count had not synced after users were removed; issued a credit note and a corrected "
     "invoice.|The invoice included a prorated upgrade from mid-cycle; explained each line to the customer.",
     DICT_ISSUE_SOFTWARE, 3},
    {"Refund request|Requesting a refund|How do I get a refund?",
     "I'd like a refund for my last payment of {amount}.|I was charged after I canceled and would like my "
     "money back.",
     "I haven't used the service since.|I've written to you from the email on the account.",
     "Processed a full refund of {amount}; it should appear in 5 to 10 business days.|Approved the refund as "
     "a one-time courtesy and canceled the subscription to prevent future charges.",
     DICT_ISSUE_SOFTWARE, 3},
    {"Cannot cancel my subscription|How do I cancel my plan?|Cancel button not working",
     "I've been trying to cancel my subscription, but the cancel button does nothing.|I want to cancel "
     "before my next renewal date.",
     "I tried in {browser} and on my {device}.|Please confirm once it's done.",
     "Canceled the subscription from the admin side and sent a confirmation email.|A browser extension was "
     "blocking the cancel dialog; the customer canceled in a private window.",
     DICT_ISSUE_SOFTWARE, 3},
    {"Card declined when updating payment method|Cannot update my credit card|Payment method won't save",
     "I get a 'card declined' error when I try to add a new card.|The billing page won't save my new card "
     "details.",
     "The card works everywhere else.|My current card expires at the end of the month.",
     "The bank had flagged the verification charge; the customer approved it with the bank and the card "
     "saved.|The billing address didn't match the card; corrected it and the update went through.",
     DICT_ISSUE_ANY, 2},
    {"App crashes on launch|Mobile app keeps crashing|App closes right after opening",
     "The app crashes as soon as I open it on my {device}.|Since the latest update the app closes a few "
     "seconds after I log in.",
     "I've restarted the phone and reinstalled the app.|It's been happening {when}.|Other apps work fine.",
     "A known crash in the last release was fixed in the next update; the customer updated and the app opens "
     "normally.|Clearing the app's cached data fixed the crash; logged the device model for the mobile team.",
     DICT_ISSUE_SOFTWARE, 4},
    {"Dashboard is very slow to load|Pages take forever to load|Reports page times out",
     "The dashboard takes over a minute to load {when}.|Every page takes a minute or more to load "
     "{when}.|Reports time out before they finish loading.",
     "Other websites load fine on the same connection.|It happens for everyone on our team.|I'm using "
     "{browser}.",
     "Engineering fixed a slow database query; load times are back to normal.|A slow content server in the "
     "customer's region was replaced; pages load normally again.|A very large date range caused the timeout; "
     "suggested a narrower filter and escalated a performance ticket.",
     DICT_ISSUE_SOFTWARE, 3},
    {"CSV export fails|Export to Excel not working|Exported file is empty",
     "When I export my data to CSV, the download never starts.|The export to Excel spins and never "
     "finishes.|The exported file opens but has only the header row.",
     "I need this for a report due this week.|I tried a smaller date range too.",
     "Exports of more than 50,000 rows are sent by email; pointed the customer to the message.|The export "
     "failed on a special character in one record; engineering deployed a fix and the export works.|The "
     "report's filter matched no rows; fixed the filter with the customer and the export has data.",
     DICT_ISSUE_SOFTWARE, 3},
    {"API returns 500 error|Getting rate limit errors from the API|API authentication failing",
     "Our integration has been getting 500 errors from the API {when}.|We get 429 Too Many Requests errors "
     "although we stay under our limit.|Requests to the API fail with 401 Unauthorized even with a new key.",
     "Nothing changed on our side.|About one in {n} requests fails.",
     "A faulty deploy caused the errors and was rolled back; the customer's requests succeed again.|The "
     "integration retried failed calls in a tight loop; added backoff and the errors stopped.|The customer "
     "was sending the key in the wrong header; shared a working example.",
     DICT_ISSUE_SOFTWARE, 2},
    {"Calendar sync stopped working|Integration no longer syncing|CRM sync failing",
     "Events from our calendar haven't synced {when}.|Our integration hasn't synced anything {when}.|The CRM "
     "integration says it last synced three days ago.",
     "We didn't change any settings.|Reconnecting the integration didn't help.",
     "The authorization had expired; the customer reconnected the account and the sync caught up.|A field "
     "mapping broke after a change on the customer's side; updated the mapping and ran the sync again.",
     DICT_ISSUE_SOFTWARE, 2},
    {"Not receiving notification emails|Email notifications stopped|Not receiving any emails from you",
     "I'm not getting any notification emails {when}.|Our team has stopped receiving email alerts.",
     "I checked the spam and promotions folders.|My settings show notifications turned on.",
     "The address was on our suppression list after a bounce; removed it and sent a test email that "
     "arrived.|The customer's mail server was rejecting our messages; shared our sending domains for their "
     "allow list.",
     DICT_ISSUE_ANY, 3},
    {"File upload fails|Cannot upload attachments|Upload stuck at 99%",
     "Uploading a PDF fails with a generic error message.|Attachments fail to upload with a generic error "
     "message.|File uploads get stuck at 99% and never finish.",
     "It's a large scanned document.|Smaller files upload fine.",
     "The file was over the 25 MB limit; suggested compressing it.|The attachment was over the 25 MB limit; "
     "shared a link to upload it instead.|A proxy on the customer's network interrupted uploads; it worked "
     "after they allowed our upload domain.",
     DICT_ISSUE_SOFTWARE, 2},
    {"Team member cannot access project|Permission denied error for new user|Can't invite a new user",
     "A new colleague can't open our shared project.|A new colleague gets a 'permission denied' message when "
     "opening our shared project.|The invite button is grayed out for me.",
     "I am an admin on the account.|We have seats available on our plan.",
     "The user had not been added to the project; showed the admin how to add them.|The user had a viewer "
     "role; showed the admin how to change roles and they updated it.|Only owners can invite users; "
     "transferred the owner role as the account owner asked.",
     DICT_ISSUE_SOFTWARE, 2},
    {"Feature request: {feature}|Suggestion: add {feature}|Any plans for {feature}?",
     "It would really help our team to have {feature}.|Is {feature} on your roadmap?",
     "We currently work around it with spreadsheets.|Happy to share more about our use case.",
     "Logged the request with the product team and shared the public roadmap.|Explained the current "
     "workaround and added the customer's vote to the existing request.",
     DICT_ISSUE_SOFTWARE, 2},
    {"Report shows wrong totals|Numbers in dashboard don't match|Data missing from report",
     "The monthly report total doesn't match the sum of the entries.|The dashboard numbers don't match what "
     "we see in the report.|Last week's data is missing from the dashboard.",
     "The numbers have been off {when}.|We use this report to bill our clients.",
     "The report used a different time zone than the account; changed the setting and the totals now "
     "match.|The dashboard was showing cached figures; refreshed them and the numbers match.|A delayed data "
     "import was run again; the missing days now appear in the report.",
     DICT_ISSUE_SOFTWARE, 2},
    {"Help setting up single sign-on|SSO login error|Users can't sign in with SSO",
     "We're setting up single sign-on and users get an error after signing in with our identity "
     "provider.|Since we enabled SSO, {n} of our users can't sign in.",
     "The error mentions an invalid certificate.|We followed the setup guide.",
     "The uploaded certificate had expired; the customer uploaded the new one and SSO works.|Corrected the "
     "entity ID in the SSO settings; test users can now sign in.",
     DICT_ISSUE_SOFTWARE, 1},
    {"Please delete my account and data|Data deletion request|Close my account",
     "I'd like my account and all my personal data deleted.|Please remove all the information you hold about "
     "me.",
     "I no longer use the service.|Please confirm when it's done.",
     "Verified the request, deleted the account and personal data, and sent a confirmation.|Scheduled the "
     "account for deletion after the 30-day retention period and told the customer.",
     DICT_ISSUE_ANY, 1},
    {"Order not received|Package marked delivered but not received|Where is my order {order}?",
     "It's been {n} weeks and my order {order} still hasn't arrived.|My order {order} shows as delivered, "
     "but nothing arrived.|I ordered {n} weeks ago and order {order} still hasn't come.",
     "I checked with my neighbors and the building office.|The tracking hasn't changed {when}.",
     "The carrier confirmed the parcel was lost; shipped a replacement by express delivery.|The package had "
     "been left at a nearby pickup point; sent the customer the address and they collected it.|The parcel "
     "was held at customs; it was released and delivered two days later.",
     DICT_ISSUE_SHOP, 5},
    {"Received the wrong item|Wrong size delivered|Item doesn't match my order",
     "The package for order {order} contained a different product.|I ordered a medium but received a "
     "large.|What arrived for order {order} is not what I ordered.",
     "The item is unopened.|I need the right one before next weekend.",
     "Sent a prepaid return label and shipped the correct item the same day.|A picking error at the "
     "warehouse; the customer keeps the item and the correct one is on its way.",
     DICT_ISSUE_SHOP, 3},
    {"Item arrived damaged|Broken item in package|Damaged on arrival",
     "The item arrived broken and the box was crushed.|Part of my order {order} arrived damaged.",
     "I have photos of the box and the item.|I'd like a replacement rather than a refund.",
     "The customer sent photos; shipped a free replacement and filed a claim with the carrier.|Refunded the "
     "damaged item in full; no return needed.",
     DICT_ISSUE_SHOP, 3},
    {"Need to change shipping address|Wrong address on my order|Update delivery address",
     "I entered the wrong shipping address for order {order}.|I've moved and need my order sent to a new "
     "address.",
     "It hasn't shipped yet, according to the tracking page.|The correct address is in my account profile.",
     "Updated the address before the order left the warehouse.|The order had already shipped; asked the "
     "carrier to redirect the parcel.",
     DICT_ISSUE_SHOP, 2},
    {"Tracking number not working|Tracking hasn't updated in a week|No tracking information",
     "The tracking number for order {order} says it doesn't exist.|Tracking has shown 'label created' "
     "{when}.|There is no tracking information for order {order}.",
     "The confirmation email said it shipped.|I need it for a trip next week.",
     "The label was never used; shipped the order again with a new tracking number.|The carrier hadn't "
     "scanned the parcel yet; it was picked up the next day and tracking now updates.|The tracking number "
     "had not been sent; emailed it to the customer.",
     DICT_ISSUE_SHOP, 2},
    {"How do I return an item?|Return label not working|Requesting a return",
     "I'd like to return a pair of shoes from order {order}.|The return label link in my email gives an "
     "error.|I'd like to return something from order {order}.",
     "It's within the 30-day return window.|The item is unused, with the tags on.",
     "Explained the return steps; the customer scheduled a pickup.|Emailed a new prepaid return label; the "
     "refund follows once the item is scanned.|Sent a prepaid return label; the refund follows once the item "
     "is scanned.",
     DICT_ISSUE_SHOP, 2},
    {"Discount code not working|Promo code says invalid|Coupon not applied at checkout",
     "The discount code from your newsletter says it's invalid.|My coupon didn't apply at checkout and I "
     "paid full price.",
     "The email says it's valid until the end of the month.|My order total was {amount}.",
     "The code excluded sale items; refunded the discount to the card as a courtesy.|The code is "
     "case-sensitive; the customer entered it again and it applied.",
     DICT_ISSUE_SHOP, 2},
};
const int dict_nissue = COUNT(dict_issue);

static const char *const issue_feature_az[] = {
    "dark mode",  "bulk editing", "recurring tasks",    "custom fields", "a calendar view", "offline mode",
    "CSV import", "an audit log", "keyboard shortcuts", "a Gantt chart", "shared inboxes"};
const DictList dict_issue_feature = LIST(issue_feature_az);

/* ---- reviews ------------------------------------------------------------------- */

static const char *const rv_product_t0[] = {
    "Disappointed",   "Stopped working after a week", "Not worth the money",
    "Poor quality",   "Would not recommend",          "Returned it",
    "Waste of money", "Broke on first use",           "Not as described",
    "Cheaply made",   "Fell apart quickly",           "Very disappointing purchase"};
static const char *const rv_product_t1[] = {
    "Good, but not great",      "Decent for the price",    "It's okay",
    "Does the job, mostly",     "Mixed feelings",          "Average quality",
    "Not bad, could be better", "Fine for occasional use", "Some good, some bad",
    "Okay for the price",       "Expected a bit more"};
static const char *const rv_product_t2[] = {"Love it!",
                                            "Exactly what I needed",
                                            "Great value for the money",
                                            "Highly recommend",
                                            "Works perfectly",
                                            "Better than expected",
                                            "Excellent quality",
                                            "Would buy again",
                                            "Five stars",
                                            "Very happy with this purchase",
                                            "Does exactly what it says",
                                            "Great product",
                                            "Love this!",
                                            "Impressed"};
static const char *const rv_product_l0[] = {"It stopped working after {short}.",
                                            "The material feels cheap and started falling apart within days.",
                                            "It looks nothing like the photos.",
                                            "Customer service never answered my emails.",
                                            "I returned it and I'm still waiting for my refund.",
                                            "Save your money and look elsewhere.",
                                            "It arrived damaged and with parts missing.",
                                            "Not worth the price at all.",
                                            "It broke within the first month.",
                                            "Much flimsier than I expected.",
                                            "Instructions were useless and two screws were missing."};
static const char *const rv_product_l1[] = {
    "It works as described, but it feels less sturdy than I expected.",
    "Good value, although the instructions were confusing.",
    "It's fine for the price, but I probably wouldn't buy it again.",
    "Shipping took longer than promised, but the item itself is fine.",
    "Some parts feel cheap, others are well made.",
    "It's smaller than it looked in the pictures, but it works.",
    "Nice design, but it scratches easily.",
    "It does what it should, though it's a bit noisy.",
    "Took a while to set up, but it works well now."};
static const char *const rv_product_l2[] = {
    "I've used it every day for {long} and it still works like new.",
    "The build quality is excellent and setup took only a few minutes.",
    "It arrived quickly and was well packaged.",
    "Worth every penny.",
    "I would definitely buy it again.",
    "It looks even better in person than in the photos.",
    "Easy to use right out of the box.",
    "I bought a second one as a gift.",
    "Sturdy, well made and exactly as pictured.",
    "Customer service answered my question within an hour."};

static const char *const rv_stay_t0[] = {"Would not stay again",    "Dirty room and rude staff",
                                         "Nothing like the photos", "Noisy and uncomfortable",
                                         "Terrible experience",     "Avoid this place"};
static const char *const rv_stay_t1[] = {"Good location, tired rooms", "Fine for one night",
                                         "Nice staff, noisy room", "Decent but overpriced", "An okay stay"};
static const char *const rv_stay_t2[] = {"Wonderful stay",           "Spotless room and friendly staff",
                                         "Perfect location",         "Would stay again",
                                         "Great value for the area", "Felt right at home"};
static const char *const rv_stay_l0[] = {
    "The room was dirty and the sheets had stains.", "We waited over an hour to check in.",
    "The air conditioning didn't work and nobody came to fix it.", "Street noise kept us awake all night.",
    "The photos online are clearly out of date."};
static const char *const rv_stay_l1[] = {"The location was great, but the room needed updating.",
                                         "Staff were friendly, though the walls were thin.",
                                         "Breakfast was good, but parking was expensive.",
                                         "Clean enough, but smaller than it looked online."};
static const char *const rv_stay_l2[] = {"The room was spotless and the bed was very comfortable.",
                                         "Staff at the front desk were friendly and helpful.",
                                         "The location is perfect, with restaurants a short walk away.",
                                         "Breakfast had plenty of choice and everything was fresh.",
                                         "Check-in was quick and our room was ready early.",
                                         "We'll definitely be back on our next trip."};

static const char *const rv_meal_t0[] = {"Cold food and slow service", "Very disappointing meal",
                                         "Won't be back", "Overpriced and bland", "Order was wrong"};
static const char *const rv_meal_t1[] = {"Good food, slow service", "Hit and miss", "Tasty but pricey",
                                         "Okay, nothing special"};
static const char *const rv_meal_t2[] = {
    "Delicious food", "Our new favorite spot", "Great food, great service",
    "Worth the wait", "Amazing dinner",        "Fresh and tasty"};
static const char *const rv_meal_l0[] = {"Our food arrived cold and soggy.", "Half of the order was missing.",
                                         "We waited almost an hour and nobody apologized.",
                                         "Everything was far too salty.",
                                         "They got our order completely wrong."};
static const char *const rv_meal_l1[] = {"The main course was great, but dessert was a letdown.",
                                         "Tasty food, though we waited 40 minutes for it.",
                                         "Good flavors, small portions for the price.",
                                         "Delivery was late, but the food was still warm."};
static const char *const rv_meal_l2[] = {"The food arrived hot and tasted fantastic.",
                                         "Portions were generous and the prices fair.",
                                         "Our server was attentive without being pushy.",
                                         "The pasta was the best I've had in a long time.",
                                         "Delivery was faster than expected.",
                                         "Everything tasted fresh and homemade."};

static const char *const rv_service_t0[] = {"Very disappointing", "Would not recommend", "Poor service",
                                            "Waste of time", "Not what was promised"};
static const char *const rv_service_t1[] = {"Good, with room for improvement", "It was okay",
                                            "Mixed experience", "Decent overall"};
static const char *const rv_service_t2[] = {
    "Excellent experience", "Highly recommended", "Exceeded my expectations",
    "Great service",        "Very helpful",       "Worth it"};
static const char *const rv_service_l0[] = {
    "Nobody answered my questions.", "It felt disorganized from the start.",
    "I was charged more than I was quoted.", "It wasn't worth the time or the money.",
    "I had to follow up several times to get a reply."};
static const char *const rv_service_l1[] = {
    "Some parts were very good, others felt rushed.", "Helpful people, but it took a while to get an answer.",
    "Good overall, though a bit expensive.", "It met my needs, but nothing stood out."};
static const char *const rv_service_l2[] = {
    "Everything was well organized from start to finish.", "The staff were knowledgeable and patient.",
    "I got exactly what I was looking for.", "Communication was quick and clear.",
    "Great value for the price."};

#define REVIEW(x)                                 \
  {                                               \
    {LIST(x##_t0), LIST(x##_t1), LIST(x##_t2)}, { \
      LIST(x##_l0), LIST(x##_l1), LIST(x##_l2)    \
    }                                             \
  }
const DictReview dict_review[DICT_REVIEW_N] = {REVIEW(rv_product), REVIEW(rv_stay), REVIEW(rv_meal),
                                               REVIEW(rv_service)};

/* ---- bios ------------------------------------------------------------------ */

/*
** What a job title says a person works in: the first entry whose key the
** title contains (more specific keys first), with a subject they may have
** studied.  Keys are matched with their case.
*/
const DictField dict_bio_field[] = {
    {"Machine Learning", "machine learning", "Computer Science"},
    {"Data Entry", "office administration", "Business Administration"},
    {"Database", "database administration", "Computer Science"},
    {"Data", "data analysis", "Statistics"},
    {"Analytics", "data analysis", "Statistics"},
    {"Mechanical", "mechanical design", "Mechanical Engineering"},
    {"Electrical", "electrical systems", "Electrical Engineering"},
    {"Civil", "infrastructure projects", "Civil Engineering"},
    {"Network", "network infrastructure", "Computer Science"},
    {"Security", "information security", "Computer Science"},
    {"DevOps", "cloud infrastructure", "Computer Science"},
    {"Site Reliability", "cloud infrastructure", "Computer Science"},
    {"Cloud", "cloud infrastructure", "Computer Science"},
    {"QA", "software quality", "Computer Science"},
    {"Quality", "quality management", "Industrial Engineering"},
    {"Technical Writer", "technical writing", "English"},
    {"Developer", "software development", "Computer Science"},
    {"Engineer", "software development", "Computer Science"},
    {"Architect", "software architecture", "Computer Science"},
    {"UX", "user experience design", "Psychology"},
    {"Instructional", "instructional design", "Education"},
    {"Design", "product design", "Graphic Design"},
    {"Marketing", "marketing", "Marketing"},
    {"Brand", "brand marketing", "Marketing"},
    {"Content", "content strategy", "Communications"},
    {"Copywriter", "copywriting", "English"},
    {"SEO", "digital marketing", "Marketing"},
    {"Social Media", "digital marketing", "Communications"},
    {"Community", "community building", "Communications"},
    {"Public Relations", "communications", "Communications"},
    {"Communications", "communications", "Communications"},
    {"Account Manager", "account management", "Business Administration"},
    {"Help Desk", "IT support", "Information Technology"},
    {"IT ", "IT support", "Information Technology"},
    {"Information Technology", "IT support", "Information Technology"},
    {"Systems Administrator", "IT operations", "Information Technology"},
    {"Infrastructure", "IT infrastructure", "Information Technology"},
    {"Customer", "customer experience", "Communications"},
    {"Support", "customer support", "Communications"},
    {"Sales Associate", "retail", "Business Administration"},
    {"Sales", "sales", "Business Administration"},
    {"Account Executive", "sales", "Business Administration"},
    {"Business Development", "sales", "Business Administration"},
    {"Partnerships", "partnerships", "Business Administration"},
    {"HR", "human resources", "Human Resource Management"},
    {"Human Resources", "human resources", "Human Resource Management"},
    {"People", "human resources", "Human Resource Management"},
    {"Recruit", "talent acquisition", "Psychology"},
    {"Talent", "talent acquisition", "Psychology"},
    {"Payroll", "payroll", "Accounting"},
    {"Accountant", "accounting", "Accounting"},
    {"Accounting", "accounting", "Accounting"},
    {"Bookkeeper", "bookkeeping", "Accounting"},
    {"Audit", "auditing", "Accounting"},
    {"Tax", "tax", "Accounting"},
    {"Controller", "finance", "Finance"},
    {"Financ", "finance", "Finance"},
    {"Treasury", "treasury", "Finance"},
    {"Investor", "investor relations", "Finance"},
    {"Risk", "risk management", "Finance"},
    {"Logistics", "logistics", "Supply Chain Management"},
    {"Supply Chain", "supply chain management", "Supply Chain Management"},
    {"Warehouse", "warehouse operations", "Business Administration"},
    {"Shipping", "logistics", "Business Administration"},
    {"Dispatcher", "logistics", "Business Administration"},
    {"Procurement", "procurement", "Business Administration"},
    {"Purchasing", "procurement", "Business Administration"},
    {"Buyer", "procurement", "Business Administration"},
    {"Chief Operating", "operations", "Business Administration"},
    {"Operations", "operations", "Business Administration"},
    {"Project", "project management", "Business Administration"},
    {"Program", "program management", "Business Administration"},
    {"Scrum", "agile delivery", "Computer Science"},
    {"Business Analyst", "business analysis", "Economics"},
    {"Product", "product management", "Economics"},
    {"Counsel", "corporate law", "Law"},
    {"Paralegal", "legal services", "Legal Studies"},
    {"Legal", "legal services", "Legal Studies"},
    {"Compliance", "regulatory compliance", "Law"},
    {"Nurse", "patient care", "Nursing"},
    {"Medical", "patient care", "Health Sciences"},
    {"Pharmacist", "pharmacy", "Pharmacy"},
    {"Therapist", "physical therapy", "Physical Therapy"},
    {"Research", "research", "Biology"},
    {"Science", "data science", "Statistics"},
    {"Lab", "laboratory work", "Chemistry"},
    {"Store", "retail", "Business Administration"},
    {"Cashier", "retail", "Business Administration"},
    {"Production", "manufacturing", "Industrial Engineering"},
    {"Manufacturing", "manufacturing", "Industrial Engineering"},
    {"Plant", "manufacturing", "Industrial Engineering"},
    {"Maintenance", "facilities maintenance", "Mechanical Engineering"},
    {"Facilities", "facilities management", "Business Administration"},
    {"Consultant", "consulting", "Economics"},
    {"Managing Director", "consulting", "Economics"},
    {"Partner", "consulting", "Economics"},
    {"Training", "corporate training", "Education"},
    {"Event", "event planning", "Hospitality Management"},
    {"Video", "video production", "Film Studies"},
    {"Chief Executive", "building companies", "Business Administration"},
    {"Chief Technology", "technology leadership", "Computer Science"},
    {"Strategy", "business strategy", "Economics"},
    {"Office", "office administration", "Business Administration"},
    {"Administrat", "office administration", "Business Administration"},
    {"Assistant", "office administration", "Business Administration"},
    {"Receptionist", "office administration", "Communications"},
    {"Team Lead", "team leadership", "Business Administration"},
    {"Intern", "business operations", "Business Administration"},
    /* the role nouns of tables (teachers, coaches) */
    {"teacher", "teaching", "Education"},
    {"instructor", "teaching", "Education"},
    {"tutor", "tutoring", "Education"},
    {"coach", "coaching", "Kinesiology"},
    {"trainer", "fitness training", "Kinesiology"},
    {"nurse", "patient care", "Nursing"},
    {"lawyer", "law", "Law"},
    {"attorney", "law", "Law"},
    {"consultant", "consulting", "Economics"},
    {"engineer", "software development", "Computer Science"},
    {"developer", "software development", "Computer Science"},
    {"designer", "design", "Graphic Design"},
    {"photographer", "photography", "Fine Arts"},
    {"chef", "professional kitchens", "Culinary Arts"},
    {"realtor", "real estate", "Business Administration"},
    {"agent", "client service", "Business Administration"},
    {"therapist", "therapy", "Psychology"},
    {"technician", "technical support", "Information Technology"},
    {"pilot", "aviation", "Aeronautics"},
    {"mentor", "mentoring", "Education"},
    {"vet", "veterinary medicine", "Animal Science"},
};
const int dict_nbio_field = COUNT(dict_bio_field);

static const char *const bio_hobby_az[] = {
    "hiking",    "cooking",        "photography",   "running",        "cycling",     "reading",
    "gardening", "playing guitar", "travel",        "yoga",           "board games", "baking",
    "swimming",  "painting",       "rock climbing", "camping",        "chess",       "volunteering",
    "skiing",    "woodworking",    "birdwatching",  "playing tennis", "fishing",     "learning languages"};
const DictList dict_bio_hobby = LIST(bio_hobby_az);

/* How people sum themselves up in a profile. */
static const char *const bio_tag_az[] = {"Coffee lover",    "Dog person",       "Amateur photographer",
                                         "Weekend hiker",   "Home cook",        "Avid reader",
                                         "Marathon runner", "Lifelong learner", "Board game fan",
                                         "Gardener",        "Traveler",         "Cyclist",
                                         "Film buff",       "Music lover",      "Tech enthusiast",
                                         "Food lover",      "Parent of two",    "Cat lover",
                                         "Yoga fan",        "Podcast listener", "Climber",
                                         "Tea drinker",     "Soccer fan",       "Beach lover",
                                         "Bookworm"};
const DictList dict_bio_tag = LIST(bio_tag_az);

static const char *const bio_passion_az[] = {
    "mentoring new colleagues", "building great teams", "solving hard problems", "clear communication",
    "continuous learning",      "making work simpler",  "data-driven decisions", "great customer service",
    "sustainable business",     "inclusive workplaces"};
const DictList dict_bio_passion = LIST(bio_passion_az);

static const char *const bio_employer_az[] = {"a consulting firm",   "a software startup",
                                              "a regional bank",     "a large retailer",
                                              "a nonprofit",         "a manufacturing company",
                                              "a marketing agency",  "a hospital network",
                                              "a logistics company", "a university"};
const DictList dict_bio_employer = LIST(bio_employer_az);

static const char *const bio_care_az[] = {
    "preventive care",        "patient education",   "chronic disease management",
    "shared decision-making", "evidence-based care", "caring for families"};
const DictList dict_bio_care = LIST(bio_care_az);
