-- A realistic synthetic catalogue, written set-based in one transaction: municipalities (as the
-- platform keeps them), organisations, services in four languages with translations, themes,
-- languages spoken, eligibility, costs, locations with coordinates and addresses, weekly opening
-- hours and service areas. Sizes come from the settings synthetic.services, synthetic.organizations
-- and synthetic.municipalities. Ids are derived from a row's kind and number (md5), so a second
-- run of the same size would collide: the generator refuses to run twice on one database.
-- The per-row triggers are bypassed (session_replication_role = replica, as pg_restore does) and
-- the search rows are built once at the end with catalogue.refresh_service_search.

SET LOCAL session_replication_role = replica;

CREATE TEMP TABLE synthetic_country (n int, country text, language text, zone text,
    lat0 float8, lat1 float8, lon0 float8, lon1 float8, prefixes text[], stems text[], streets text[]) ON COMMIT DROP;
INSERT INTO synthetic_country VALUES
 (0, 'BG', 'bg', 'Europe/Sofia', 41.4, 44.0, 22.5, 28.5,
  ARRAY['Горна', 'Долна', 'Нова', 'Стара', 'Бяла', 'Златна'],
  ARRAY['Река', 'Поляна', 'Слатина', 'Могила', 'Вода', 'Бания', 'Загора', 'Кула', 'Черква', 'Ливада', 'Градина', 'Кутловица', 'Махала'],
  ARRAY['ул. „Васил Левски“', 'бул. „България“', 'ул. „Христо Ботев“', 'ул. „Раковски“', 'пл. „Свобода“']),
 (1, 'GR', 'el', 'Europe/Athens', 35.2, 41.4, 20.2, 26.4,
  ARRAY['Άνω', 'Κάτω', 'Νέα', 'Παλαιά', 'Μεγάλη', 'Αγία'],
  ARRAY['Πόλη', 'Χώρα', 'Κώμη', 'Λίμνη', 'Βρύση', 'Πέτρα', 'Ράχη', 'Λιβάδι', 'Σκάλα', 'Πηγή', 'Μηλιά', 'Καστανιά', 'Ελιά'],
  ARRAY['Οδός Ερμού', 'Οδός Αθηνάς', 'Λεωφόρος Δημοκρατίας', 'Οδός Ελευθερίου Βενιζέλου', 'Πλατεία Συντάγματος']),
 (2, 'SK', 'sk', 'Europe/Bratislava', 47.8, 49.4, 17.0, 22.4,
  ARRAY['Nové', 'Staré', 'Horné', 'Dolné', 'Veľké', 'Malé'],
  ARRAY['Mesto', 'Zámky', 'Lúky', 'Pole', 'Hory', 'Vody', 'Brezno', 'Lehota', 'Háje', 'Kostoľany', 'Zálesie', 'Podhradie', 'Sady'],
  ARRAY['Hlavná', 'Štúrova', 'Námestie SNP', 'Školská', 'Mierová']),
 (3, 'GB', 'en', 'Europe/London', 50.2, 55.4, -5.0, 1.3,
  ARRAY['Upper', 'Lower', 'New', 'Old', 'Great', 'Little'],
  ARRAY['Bridge', 'Ford', 'Field', 'Wick', 'Moor', 'Heath', 'Marsh', 'Brook', 'Haven', 'Stow', 'Mead', 'Combe', 'Cross'],
  ARRAY['High Street', 'Station Road', 'Church Lane', 'Market Square', 'Victoria Road']);

-- Service names by theme in the four languages (the theme's position in convivio-themes).
CREATE TEMP TABLE synthetic_theme (n int, code text, en text, el text, bg text, sk text) ON COMMIT DROP;
INSERT INTO synthetic_theme VALUES
 (1, 'housing', 'Housing advice', 'Συμβουλευτική στέγασης', 'Консултации за жилищно настаняване', 'Poradenstvo pri bývaní'),
 (2, 'health', 'Health care registration', 'Εγγραφή στην υγειονομική περίθαλψη', 'Регистрация при личен лекар', 'Registrácia u lekára'),
 (3, 'mental-health', 'Psychosocial support', 'Ψυχοκοινωνική υποστήριξη', 'Психосоциална подкрепа', 'Psychosociálna podpora'),
 (4, 'education', 'School enrolment support', 'Υποστήριξη εγγραφής στο σχολείο', 'Помощ при записване в училище', 'Pomoc so zápisom do školy'),
 (5, 'language-learning', 'Language course', 'Μαθήματα γλώσσας', 'Езиков курс', 'Jazykový kurz'),
 (6, 'employment', 'Job search counselling', 'Συμβουλευτική αναζήτησης εργασίας', 'Консултации за търсене на работа', 'Poradenstvo pri hľadaní práce'),
 (7, 'legal-counselling', 'Free legal aid', 'Δωρεάν νομική βοήθεια', 'Безплатна правна помощ', 'Bezplatná právna pomoc'),
 (8, 'social-assistance', 'Social assistance office', 'Γραφείο κοινωνικής αρωγής', 'Социално подпомагане', 'Sociálna pomoc'),
 (9, 'interpretation', 'Interpreting service', 'Υπηρεσία διερμηνείας', 'Услуги по устен превод', 'Tlmočnícka služba'),
 (10, 'women-children', 'Support for women and children', 'Υποστήριξη γυναικών και παιδιών', 'Подкрепа за жени и деца', 'Podpora pre ženy a deti'),
 (11, 'emergency', 'Emergency shelter', 'Καταφύγιο έκτακτης ανάγκης', 'Кризисен център', 'Núdzové ubytovanie'),
 (12, 'culture-community', 'Community centre', 'Κοινοτικό κέντρο', 'Читалище и общностен център', 'Komunitné centrum'),
 (13, 'information-orientation', 'Information point for newcomers', 'Σημείο ενημέρωσης νεοαφιχθέντων', 'Информационен център за новодошли', 'Informačné miesto pre cudzincov'),
 (14, 'family-childcare', 'Childcare and parenting support', 'Φροντίδα παιδιών και υποστήριξη γονέων', 'Грижа за деца и подкрепа на родители', 'Starostlivosť o deti a podpora rodičov'),
 (15, 'anti-discrimination', 'Discrimination reporting and victim support', 'Καταγγελία διακρίσεων και υποστήριξη θυμάτων', 'Сигнали за дискриминация и подкрепа на пострадали', 'Nahlasovanie diskriminácie a podpora obetí'),
 (16, 'digital-inclusion', 'Digital skills help', 'Βοήθεια με ψηφιακές δεξιότητες', 'Помощ с дигитални умения', 'Pomoc s digitálnymi zručnosťami');

-- Who a variant of a service is for, and how its description goes on, in the four languages.
CREATE TEMP TABLE synthetic_variant (n int, en text, el text, bg text, sk text) ON COMMIT DROP;
INSERT INTO synthetic_variant VALUES
 (0, 'for families', 'για οικογένειες', 'за семейства', 'pre rodiny'),
 (1, 'for young people', 'για νέους', 'за млади хора', 'pre mladých ľudí'),
 (2, 'for women', 'για γυναίκες', 'за жени', 'pre ženy'),
 (3, 'drop-in', 'χωρίς ραντεβού', 'без предварителна уговорка', 'bez objednania'),
 (4, 'by appointment', 'με ραντεβού', 'с предварителен час', 'na objednávku'),
 (5, 'for asylum seekers', 'για αιτούντες άσυλο', 'за търсещи закрила', 'pre žiadateľov o azyl'),
 (6, 'online', 'διαδικτυακά', 'онлайн', 'online'),
 (7, 'for newcomers', 'για νεοαφιχθέντες', 'за новопристигнали', 'pre novoprichádzajúcich');

CREATE TEMP TABLE synthetic_phrase (n int, en text, el text, bg text, sk text) ON COMMIT DROP;
INSERT INTO synthetic_phrase VALUES
 (0, 'Trained staff help you understand your rights and the next steps, with an interpreter when needed.',
     'Εκπαιδευμένο προσωπικό σας βοηθά να κατανοήσετε τα δικαιώματά σας και τα επόμενα βήματα, με διερμηνέα όταν χρειάζεται.',
     'Обучени служители ви помагат да разберете правата си и следващите стъпки, с преводач при нужда.',
     'Vyškolení pracovníci vám pomôžu pochopiť vaše práva a ďalšie kroky, v prípade potreby s tlmočníkom.'),
 (1, 'Bring an identity document if you have one; nobody is turned away without one.',
     'Φέρτε έγγραφο ταυτότητας αν έχετε· κανείς δεν απορρίπτεται χωρίς αυτό.',
     'Носете документ за самоличност, ако имате; никого не връщаме без такъв.',
     'Ak máte doklad totožnosti, prineste ho; bez neho nikoho neodmietneme.'),
 (2, 'Counsellors speak several languages and work closely with the municipality''s social services.',
     'Οι σύμβουλοι μιλούν πολλές γλώσσες και συνεργάζονται στενά με τις κοινωνικές υπηρεσίες του δήμου.',
     'Консултантите говорят няколко езика и работят в тясно сътрудничество със социалните служби на общината.',
     'Poradcovia hovoria viacerými jazykmi a úzko spolupracujú so sociálnymi službami obce.'),
 (3, 'Appointments can be booked by phone; walk-in hours are listed below.',
     'Τα ραντεβού κλείνονται τηλεφωνικά· οι ώρες χωρίς ραντεβού αναφέρονται παρακάτω.',
     'Часове се записват по телефона; времето без записване е посочено по-долу.',
     'Termíny si môžete dohodnúť telefonicky; hodiny bez objednania sú uvedené nižšie.'),
 (4, 'The service is confidential and independent of the immigration authorities.',
     'Η υπηρεσία είναι εμπιστευτική και ανεξάρτητη από τις αρχές μετανάστευσης.',
     'Услугата е поверителна и независима от миграционните власти.',
     'Služba je dôverná a nezávislá od migračných úradov.'),
 (5, 'Volunteers from the community accompany people to appointments and offices.',
     'Εθελοντές από την κοινότητα συνοδεύουν ανθρώπους σε ραντεβού και υπηρεσίες.',
     'Доброволци от общността придружават хората до срещи и институции.',
     'Dobrovoľníci z komunity sprevádzajú ľudí na stretnutia a úrady.');

INSERT INTO platform.municipality (id, name, country, kind, parent_id, default_language, time_zone, created_at, version)
SELECT md5('synthetic:municipality:' || m)::uuid,
       c.prefixes[1 + (m / 4) % 6] || ' ' || c.stems[1 + (m / 24) % 13] || CASE WHEN m >= 312 THEN ' ' || (m / 312 + 1) ELSE '' END,
       c.country, 'MUNICIPALITY', NULL, c.language, c.zone, now(), 0
FROM generate_series(0, current_setting('synthetic.municipalities')::int - 1) m
JOIN synthetic_country c ON c.n = m % 4;

CREATE TEMP TABLE synthetic_municipality ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY m) - 1)::int AS n, m.id, m.name, c.country, c.language, c.streets,
       c.lat0 + (c.lat1 - c.lat0) * ((abs(hashtext('lat' || m.id)) % 10000) / 10000.0) AS lat,
       c.lon0 + (c.lon1 - c.lon0) * ((abs(hashtext('lon' || m.id)) % 10000) / 10000.0) AS lon
FROM generate_series(0, current_setting('synthetic.municipalities')::int - 1) m0
CROSS JOIN LATERAL (SELECT * FROM platform.municipality pm WHERE pm.id = md5('synthetic:municipality:' || m0)::uuid) m
JOIN synthetic_country c ON c.country = m.country;
ALTER TABLE synthetic_municipality ADD PRIMARY KEY (n);

INSERT INTO catalogue.organization (id, name, description, email, website, legal_status, last_modified, version)
SELECT md5('synthetic:organization:' || o)::uuid,
       (ARRAY['Association', 'Foundation', 'Centre', 'Network', 'Initiative'])[1 + o % 5] || ' ' || mu.name || ' ' || o,
       'A ' || (ARRAY['non-profit association', 'public service', 'foundation', 'community initiative'])[1 + o % 4]
           || ' helping newcomers in ' || mu.name || '.',
       'info' || o || '@synthetic.convivio.eu', 'https://org' || o || '.synthetic.convivio.eu',
       (ARRAY['non-profit association', 'public authority', 'foundation', 'community group'])[1 + o % 4], now(), 0
FROM generate_series(0, current_setting('synthetic.organizations')::int - 1) o
JOIN synthetic_municipality mu ON mu.n = o % current_setting('synthetic.municipalities')::int;

-- Service n belongs to organisation n % organisations and so to that organisation's municipality.
CREATE TEMP TABLE synthetic_service ON COMMIT DROP AS
SELECT s AS n, md5('synthetic:service:' || s)::uuid AS id,
       md5('synthetic:organization:' || (s % current_setting('synthetic.organizations')::int))::uuid AS organization_id,
       (s % current_setting('synthetic.organizations')::int) % current_setting('synthetic.municipalities')::int AS municipality,
       1 + abs(hashtext('theme' || s)) % 16 AS theme,
       abs(hashtext('variant' || s)) % 8 AS variant,
       abs(hashtext('phrase' || s)) % 6 AS phrase,
       abs(hashtext('r' || s)) % 1000 AS r
FROM generate_series(0, current_setting('synthetic.services')::int - 1) s;

INSERT INTO catalogue.service (id, organization_id, name, description, status, minimum_age, maximum_age,
                               assured_date, assurer_email, language, last_modified, version)
SELECT ss.id, ss.organization_id,
       CASE mu.language WHEN 'en' THEN t.en || ' ' || v.en WHEN 'el' THEN t.el || ' ' || v.el
                        WHEN 'bg' THEN t.bg || ' ' || v.bg ELSE t.sk || ' ' || v.sk END || ' – ' || mu.name,
       CASE mu.language WHEN 'en' THEN t.en || ' ' || v.en || '. ' || p.en WHEN 'el' THEN t.el || ' ' || v.el || '. ' || p.el
                        WHEN 'bg' THEN t.bg || ' ' || v.bg || '. ' || p.bg ELSE t.sk || ' ' || v.sk || '. ' || p.sk END,
       CASE WHEN ss.r < 970 THEN 'active' WHEN ss.r < 985 THEN 'inactive' ELSE 'temporarily closed' END,
       CASE WHEN ss.variant = 1 THEN 14 WHEN ss.r % 10 = 0 THEN 18 END,
       CASE WHEN ss.variant = 1 THEN 26 WHEN ss.theme = 4 THEN 18 END,
       CASE WHEN ss.r % 5 = 0 THEN NULL ELSE current_date - (ss.r % 400) END,
       'catalogue@synthetic.convivio.eu', mu.language, now(), 0
FROM synthetic_service ss
JOIN synthetic_municipality mu ON mu.n = ss.municipality
JOIN synthetic_theme t ON t.n = ss.theme
JOIN synthetic_variant v ON v.n = ss.variant
JOIN synthetic_phrase p ON p.n = ss.phrase;

-- Every service not written in English has an English translation; a third have a second one.
INSERT INTO catalogue.translation (id, entity_type, entity_id, field, language, text, reviewed)
SELECT md5('synthetic:translation:' || ss.n || f.field || l.language)::uuid, 'service', ss.id, f.field, l.language,
       CASE l.language WHEN 'en' THEN t.en || ' ' || v.en WHEN 'el' THEN t.el || ' ' || v.el
                       WHEN 'bg' THEN t.bg || ' ' || v.bg ELSE t.sk || ' ' || v.sk END
           || CASE WHEN f.field = 'name' THEN ' – ' || mu.name
                   ELSE '. ' || CASE l.language WHEN 'en' THEN p.en WHEN 'el' THEN p.el WHEN 'bg' THEN p.bg ELSE p.sk END END,
       ss.r % 3 = 0
FROM synthetic_service ss
JOIN synthetic_municipality mu ON mu.n = ss.municipality
JOIN synthetic_theme t ON t.n = ss.theme
JOIN synthetic_variant v ON v.n = ss.variant
JOIN synthetic_phrase p ON p.n = ss.phrase
CROSS JOIN (VALUES ('name'), ('description')) f(field)
CROSS JOIN LATERAL (SELECT 'en' AS language WHERE mu.language <> 'en'
                    UNION ALL
                    SELECT (ARRAY['bg', 'el', 'sk', 'en'])[1 + ss.r % 4] WHERE ss.r % 3 = 1
                        AND (ARRAY['bg', 'el', 'sk', 'en'])[1 + ss.r % 4] NOT IN (mu.language, 'en')) l;

-- Its theme, and for every fourth service a second one.
INSERT INTO catalogue.attribute (id, link_id, link_type, link_entity, taxonomy_term_id)
SELECT md5('synthetic:attribute:' || ss.n || ':' || th)::uuid, ss.id, 'service', 'service',
       ('e7a1c2d4-0000-4000-8000-0000000000' || lpad(th::text, 2, '0'))::uuid
FROM synthetic_service ss
CROSS JOIN LATERAL (SELECT ss.theme AS th UNION SELECT 1 + (ss.theme + 6) % 16 WHERE ss.r % 4 = 0) x;

-- The local language, and some of English, Arabic, Persian, Ukrainian, Pashto, Kurdish, French.
INSERT INTO catalogue.language (id, service_id, name, code)
SELECT md5('synthetic:language:' || ss.n || ':' || code)::uuid, ss.id, NULL, code
FROM synthetic_service ss
JOIN synthetic_municipality mu ON mu.n = ss.municipality
CROSS JOIN LATERAL (SELECT mu.language AS code
                    UNION SELECT (ARRAY['en', 'ar', 'fa', 'uk', 'ps', 'ku', 'fr', 'en'])[1 + ss.r % 8]
                    UNION SELECT (ARRAY['ar', 'uk', 'fa', 'en', 'ru'])[1 + (ss.r / 8) % 5] WHERE ss.r % 2 = 0) x;

-- Four in ten are restricted to one or two residence statuses.
INSERT INTO catalogue.service_eligibility (id, service_id, residence_status)
SELECT md5('synthetic:eligibility:' || ss.n || ':' || st)::uuid, ss.id, st
FROM synthetic_service ss
CROSS JOIN LATERAL (SELECT (ARRAY['asylum_seeker', 'international_protection', 'subsidiary_protection', 'temporary_protection',
                                  'family_reunification', 'residence_permit', 'undocumented'])[1 + ss.r % 7] AS st
                    WHERE ss.r % 10 < 4
                    UNION
                    SELECT (ARRAY['asylum_seeker', 'temporary_protection', 'international_protection'])[1 + ss.r % 3]
                    WHERE ss.r % 10 < 2) x;

-- Two in ten cost something; one in ten names a cost option of zero.
INSERT INTO catalogue.cost_option (id, service_id, option, currency, amount, amount_description)
SELECT md5('synthetic:cost:' || ss.n)::uuid, ss.id, 'per month',
       CASE mu.country WHEN 'BG' THEN 'BGN' WHEN 'GB' THEN 'GBP' ELSE 'EUR' END,
       CASE WHEN ss.r % 10 < 2 THEN 5 + ss.r % 60 ELSE 0 END, NULL
FROM synthetic_service ss
JOIN synthetic_municipality mu ON mu.n = ss.municipality
WHERE ss.r % 10 < 3;

-- One location per service near its municipality; shelters (emergency theme, one in three) are confidential.
INSERT INTO catalogue.location (id, location_type, organization_id, name, latitude, longitude, confidential, last_modified, version)
SELECT md5('synthetic:location:' || ss.n)::uuid, 'physical', ss.organization_id,
       CASE WHEN ss.theme = 11 AND ss.r % 3 = 0 THEN NULL ELSE mu.name || ' ' || (1 + ss.n % 7) END,
       round((mu.lat + ((abs(hashtext('dlat' || ss.n)) % 2000) - 1000) / 20000.0)::numeric, 6),
       round((mu.lon + ((abs(hashtext('dlon' || ss.n)) % 2000) - 1000) / 20000.0)::numeric, 6),
       ss.theme = 11 AND ss.r % 3 = 0, now(), 0
FROM synthetic_service ss
JOIN synthetic_municipality mu ON mu.n = ss.municipality
WHERE ss.r % 50 <> 0;

INSERT INTO catalogue.address (id, location_id, address_1, city, postal_code, country, address_type)
SELECT md5('synthetic:address:' || ss.n)::uuid, md5('synthetic:location:' || ss.n)::uuid,
       mu.streets[1 + ss.n % 5] || ' ' || (1 + ss.r % 120), mu.name, lpad((1000 + ss.municipality * 7)::text, 5, '0'),
       mu.country, 'physical'
FROM synthetic_service ss
JOIN synthetic_municipality mu ON mu.n = ss.municipality
WHERE ss.r % 50 <> 0;

INSERT INTO catalogue.service_at_location (id, service_id, location_id)
SELECT md5('synthetic:sal:' || ss.n)::uuid, ss.id, md5('synthetic:location:' || ss.n)::uuid
FROM synthetic_service ss
WHERE ss.r % 50 <> 0;

-- Weekday hours; some also on Saturday mornings; one in twenty only for a season.
INSERT INTO catalogue.schedule (id, service_at_location_id, service_id, freq, byday, opens_at, closes_at, valid_from, valid_to)
SELECT md5('synthetic:schedule:' || ss.n || ':' || k)::uuid,
       CASE WHEN ss.r % 50 <> 0 THEN md5('synthetic:sal:' || ss.n)::uuid END,
       CASE WHEN ss.r % 50 = 0 THEN ss.id END,
       'WEEKLY', byday, opens, closes,
       CASE WHEN ss.r % 20 = 7 THEN date_trunc('year', current_date)::date END,
       CASE WHEN ss.r % 20 = 7 THEN (date_trunc('year', current_date) + interval '5 months')::date END
FROM synthetic_service ss
CROSS JOIN LATERAL (SELECT 1 AS k, (ARRAY['MO,TU,WE,TH,FR', 'MO,WE,FR', 'TU,TH', 'MO,TU,WE,TH'])[1 + ss.r % 4] AS byday,
                           (ARRAY['08:00', '09:00', '10:00', '13:00'])[1 + (ss.r / 4) % 4]::time AS opens,
                           (ARRAY['16:00', '17:00', '18:00', '20:00'])[1 + (ss.r / 16) % 4]::time AS closes
                    UNION ALL
                    SELECT 2, 'SA', '09:00'::time, '13:00'::time WHERE ss.r % 5 = 0) x;

-- The municipality it belongs to, and for one in ten a neighbouring one too.
INSERT INTO catalogue.service_area (id, service_id, name, municipality_id)
SELECT md5('synthetic:area:' || ss.n || ':' || x.m)::uuid, ss.id, mu.name, mu.id
FROM synthetic_service ss
CROSS JOIN LATERAL (SELECT ss.municipality AS m
                    UNION SELECT (ss.municipality + 4) % current_setting('synthetic.municipalities')::int WHERE ss.r % 10 = 3) x
JOIN synthetic_municipality mu ON mu.n = x.m;

SET LOCAL session_replication_role = origin;
