/**
 * The demo site's own words (navigation, headings, introductions) in the language of the page,
 * so that a visitor who picks Russian or Finnish reads the whole site in it, not only the
 * widgets. Elements name their text with `data-text="key"`; English is what the HTML says.
 * (The widgets need none of this: they translate themselves.)
 */
import { calendarDateToUtcDate } from '../src/feed/time.js';
import { zonedTimeToInstant } from '../src/feed/zoned-time.js';
import { PAGE_TEXTS } from './demo-page-texts.js';

type Key =
  | 'nav.welcome' | 'nav.events' | 'nav.clubs' | 'nav.gallery' | 'nav.places'
  | 'theme' | 'theme.auto' | 'theme.light' | 'theme.dark'
  | 'welcome.title' | 'welcome.lead' | 'events.title' | 'events.lead' | 'schedule.title' | 'schedule.lead'
  | 'gallery.title' | 'places.title' | 'places.lead' | 'footer'
  | 'note.title' | 'note.follow' | 'note.partner' | 'note.pages';

const TEXTS: Record<string, Partial<Record<Key, string>>> = {
  fi: {
    'nav.welcome': 'Tervetuloa', 'nav.events': 'Tapahtumat', 'nav.clubs': 'Kerhot', 'nav.gallery': 'Kuvat', 'nav.places': 'Paikat',
    theme: 'Teema', 'theme.auto': 'Automaattinen', 'theme.light': 'Vaalea', 'theme.dark': 'Tumma',
    'welcome.title': 'Tervetuloa',
    'welcome.lead': 'Baltic Region ry tuo yhteen turkulaisia suomalais- ja venäjänkielisiä perheitä: kerhoja, leirejä, retkiä ja Kulttuurien dialogi -festivaali. Kaikki alla oleva tulee yhdestä JSON-syötteestä',
    'events.title': 'Tapahtumat',
    'events.lead': 'Konsertteja, retkiä, leirejä ja luentoja. Avaa tapahtuma ja lisää se kalenteriisi.',
    'schedule.title': 'Kerhot ja ryhmät',
    'schedule.lead': 'Joka viikko syyskuusta toukokuuhun. Valitse kerho, niin näet milloin se kokoontuu seuraavan kerran, ja lisää sarja puhelimeesi.',
    'gallery.title': 'Kuvat',
    'places.title': 'Missä kokoonnumme',
    'places.lead': 'Osoitteet ja reittiohjeet näkyvät heti. Kartta tulee OpenStreetMapin palvelimilta, joten se ladataan vasta pyynnöstäsi.',
    footer: 'Tämän esittelyn tapahtumat, ajat ja henkilöt ovat keksittyjä. Kuvat on piirretty esittelyä varten.',
    'note.title': "Tämä on baltic-widgets-esittely.",
    'note.follow': "Vaihda kieli ja teema ylhäältä: widgetit seuraavat sivua.",
    'note.partner': "Sama kortti kumppanin sivulla, pelkällä script-tagilla: <a href=\"partner.html\">kumppanin sivu</a>.",
    'note.pages': "Jokainen widget omalla sivullaan: <a href=\"event-calendar.html\">kalenteri</a>, <a href=\"schedule.html\">viikko-ohjelma</a>, <a href=\"gallery.html\">galleria</a>, <a href=\"location-map.html\">kartta</a>, <a href=\"dialogue-banner.html\">banneri</a>, <a href=\"add-to-calendar.html\">lisää kalenteriin</a>.",
  },
  sv: {
    'nav.welcome': 'Välkommen', 'nav.events': 'Evenemang', 'nav.clubs': 'Klubbar', 'nav.gallery': 'Bilder', 'nav.places': 'Platser',
    theme: 'Tema', 'theme.auto': 'Automatiskt', 'theme.light': 'Ljust', 'theme.dark': 'Mörkt',
    'welcome.title': 'Välkommen',
    'welcome.lead': 'Baltic Region ry för samman finska och ryskspråkiga familjer i Åbo: klubbar, läger, utflykter och festivalen Kulturernas dialog. Allt nedan kommer från ett enda JSON-flöde',
    'events.title': 'Evenemang',
    'events.lead': 'Konserter, utflykter, läger och föreläsningar. Öppna ett evenemang för att lägga till det i din kalender.',
    'schedule.title': 'Klubbar och grupper',
    'schedule.lead': 'Varje vecka från september till maj. Välj en klubb för att se när den träffas nästa gång och lägg till serien i telefonen.',
    'gallery.title': 'Bilder',
    'places.title': 'Var vi träffas',
    'places.lead': 'Adresser och vägbeskrivningar visas direkt. Kartan kommer från OpenStreetMaps servrar och laddas därför först när du ber om den.',
    footer: 'Evenemang, tider och personer i denna demo är påhittade. Bilderna är ritade för demon.',
    'note.title': "Det här är en demo av baltic-widgets.",
    'note.follow': "Byt språk och tema högst upp: widgetarna följer sidan.",
    'note.partner': "Samma kort på en partners sida, med bara en script-tagg: <a href=\"partner.html\">partnersida</a>.",
    'note.pages': "Varje widget på en egen sida: <a href=\"event-calendar.html\">kalender</a>, <a href=\"schedule.html\">veckoschema</a>, <a href=\"gallery.html\">galleri</a>, <a href=\"location-map.html\">karta</a>, <a href=\"dialogue-banner.html\">banderoll</a>, <a href=\"add-to-calendar.html\">lägg till i kalendern</a>.",
  },
  ru: {
    'nav.welcome': 'О нас', 'nav.events': 'События', 'nav.clubs': 'Кружки', 'nav.gallery': 'Фото', 'nav.places': 'Адреса',
    theme: 'Тема', 'theme.auto': 'Автоматически', 'theme.light': 'Светлая', 'theme.dark': 'Тёмная',
    'welcome.title': 'Добро пожаловать',
    'welcome.lead': 'Baltic Region ry объединяет финские и русскоязычные семьи Турку: кружки, лагеря, экскурсии и фестиваль «Диалог культур». Всё, что ниже, берётся из одного JSON-фида',
    'events.title': 'События',
    'events.lead': 'Концерты, экскурсии, лагеря и лекции. Откройте событие, чтобы добавить его в свой календарь.',
    'schedule.title': 'Кружки и занятия',
    'schedule.lead': 'Каждую неделю с сентября по май. Выберите кружок, чтобы узнать, когда следующее занятие, и добавьте всю серию в телефон.',
    'gallery.title': 'Фотографии',
    'places.title': 'Где мы встречаемся',
    'places.lead': 'Адреса и маршруты видны сразу. Карта загружается с серверов OpenStreetMap, поэтому только по вашему запросу.',
    footer: 'События, время и люди в этой демонстрации вымышлены. Изображения нарисованы для демонстрации.',
    'note.title': "Это демонстрация baltic-widgets.",
    'note.follow': "Переключите язык и тему вверху: виджеты следуют за страницей.",
    'note.partner': "Та же карточка на странице партнёра, только с тегом script: <a href=\"partner.html\">страница партнёра</a>.",
    'note.pages': "Каждый виджет на отдельной странице: <a href=\"event-calendar.html\">календарь</a>, <a href=\"schedule.html\">расписание</a>, <a href=\"gallery.html\">галерея</a>, <a href=\"location-map.html\">карта</a>, <a href=\"dialogue-banner.html\">баннер</a>, <a href=\"add-to-calendar.html\">добавить в календарь</a>.",
  },
  uk: {
    'nav.welcome': 'Про нас', 'nav.events': 'Події', 'nav.clubs': 'Гуртки', 'nav.gallery': 'Фото', 'nav.places': 'Адреси',
    theme: 'Тема', 'theme.auto': 'Автоматично', 'theme.light': 'Світла', 'theme.dark': 'Темна',
    'welcome.title': 'Ласкаво просимо',
    'welcome.lead': 'Baltic Region ry об’єднує фінські та російськомовні родини Турку: гуртки, табори, екскурсії та фестиваль «Діалог культур». Усе, що нижче, береться з одного JSON-фіда',
    'events.title': 'Події',
    'events.lead': 'Концерти, екскурсії, табори та лекції. Відкрийте подію, щоб додати її до свого календаря.',
    'schedule.title': 'Гуртки та заняття',
    'schedule.lead': 'Щотижня з вересня по травень. Виберіть гурток, щоб дізнатися, коли наступне заняття, і додайте всю серію в телефон.',
    'gallery.title': 'Фотографії',
    'places.title': 'Де ми зустрічаємося',
    'places.lead': 'Адреси й маршрути видно одразу. Мапа завантажується з серверів OpenStreetMap, тому лише на ваш запит.',
    footer: 'Події, час і люди в цій демонстрації вигадані. Зображення намальовані для демонстрації.',
    'note.title': "Це демонстрація baltic-widgets.",
    'note.follow': "Перемкніть мову й тему вгорі: віджети слідують за сторінкою.",
    'note.partner': "Та сама картка на сторінці партнера, лише з тегом script: <a href=\"partner.html\">сторінка партнера</a>.",
    'note.pages': "Кожен віджет на окремій сторінці: <a href=\"event-calendar.html\">календар</a>, <a href=\"schedule.html\">розклад</a>, <a href=\"gallery.html\">галерея</a>, <a href=\"location-map.html\">мапа</a>, <a href=\"dialogue-banner.html\">банер</a>, <a href=\"add-to-calendar.html\">додати до календаря</a>.",
  },
  et: {
    'nav.welcome': 'Tere tulemast', 'nav.events': 'Üritused', 'nav.clubs': 'Klubid', 'nav.gallery': 'Pildid', 'nav.places': 'Kohad',
    theme: 'Teema', 'theme.auto': 'Automaatne', 'theme.light': 'Hele', 'theme.dark': 'Tume',
    'welcome.title': 'Tere tulemast',
    'welcome.lead': 'Baltic Region ry toob kokku Turu soome- ja venekeelsed pered: klubid, laagrid, väljasõidud ja festival „Kultuuride dialoog“. Kõik allolev tuleb ühest JSON-voost',
    'events.title': 'Üritused',
    'events.lead': 'Kontserdid, väljasõidud, laagrid ja loengud. Avage üritus, et lisada see oma kalendrisse.',
    'schedule.title': 'Klubid ja tunnid',
    'schedule.lead': 'Igal nädalal septembrist maini. Valige klubi, et näha, millal see järgmisel korral kokku saab, ja lisage sari oma telefoni.',
    'gallery.title': 'Pildid',
    'places.title': 'Kus me kohtume',
    'places.lead': 'Aadressid ja teejuhised on kohe näha. Kaart tuleb OpenStreetMapi serveritest, seega laaditakse see alles teie soovil.',
    footer: 'Selle demo üritused, ajad ja inimesed on välja mõeldud. Pildid on joonistatud demo jaoks.',
    'note.title': "See on baltic-widgetsi demo.",
    'note.follow': "Vahetage keelt ja teemat üleval: vidinad järgivad lehte.",
    'note.partner': "Sama kaart partneri lehel, ainult script-sildiga: <a href=\"partner.html\">partneri leht</a>.",
    'note.pages': "Iga vidin oma lehel: <a href=\"event-calendar.html\">kalender</a>, <a href=\"schedule.html\">nädalakava</a>, <a href=\"gallery.html\">galerii</a>, <a href=\"location-map.html\">kaart</a>, <a href=\"dialogue-banner.html\">bänner</a>, <a href=\"add-to-calendar.html\">lisa kalendrisse</a>.",
  },
  lv: {
    'nav.welcome': 'Sveicināti', 'nav.events': 'Pasākumi', 'nav.clubs': 'Pulciņi', 'nav.gallery': 'Foto', 'nav.places': 'Vietas',
    theme: 'Tēma', 'theme.auto': 'Automātiski', 'theme.light': 'Gaiša', 'theme.dark': 'Tumša',
    'welcome.title': 'Sveicināti',
    'welcome.lead': 'Baltic Region ry vieno Turku somu un krievvalodīgās ģimenes: pulciņi, nometnes, ekskursijas un festivāls “Kultūru dialogs”. Viss zemāk nāk no vienas JSON plūsmas',
    'events.title': 'Pasākumi',
    'events.lead': 'Koncerti, ekskursijas, nometnes un lekcijas. Atveriet pasākumu, lai pievienotu to savam kalendāram.',
    'schedule.title': 'Pulciņi un nodarbības',
    'schedule.lead': 'Katru nedēļu no septembra līdz maijam. Izvēlieties pulciņu, lai redzētu, kad nākamā nodarbība, un pievienojiet visu sēriju tālrunim.',
    'gallery.title': 'Fotogrāfijas',
    'places.title': 'Kur mēs tiekamies',
    'places.lead': 'Adreses un maršruti redzami uzreiz. Karte tiek ielādēta no OpenStreetMap serveriem, tāpēc tikai pēc jūsu pieprasījuma.',
    footer: 'Šīs demonstrācijas pasākumi, laiki un cilvēki ir izdomāti. Attēli ir zīmēti demonstrācijai.',
    'note.title': "Šī ir baltic-widgets demonstrācija.",
    'note.follow': "Augšā pārslēdziet valodu un tēmu: logrīki seko lapai.",
    'note.partner': "Tā pati kartīte partnera lapā, tikai ar script tagu: <a href=\"partner.html\">partnera lapa</a>.",
    'note.pages': "Katrs logrīks savā lapā: <a href=\"event-calendar.html\">kalendārs</a>, <a href=\"schedule.html\">nedēļas plāns</a>, <a href=\"gallery.html\">galerija</a>, <a href=\"location-map.html\">karte</a>, <a href=\"dialogue-banner.html\">baneris</a>, <a href=\"add-to-calendar.html\">pievienot kalendāram</a>.",
  },
  lt: {
    'nav.welcome': 'Sveiki', 'nav.events': 'Renginiai', 'nav.clubs': 'Būreliai', 'nav.gallery': 'Nuotraukos', 'nav.places': 'Vietos',
    theme: 'Tema', 'theme.auto': 'Automatiškai', 'theme.light': 'Šviesi', 'theme.dark': 'Tamsi',
    'welcome.title': 'Sveiki atvykę',
    'welcome.lead': 'Baltic Region ry suburia Turku suomių ir rusakalbes šeimas: būreliai, stovyklos, ekskursijos ir festivalis „Kultūrų dialogas“. Viskas, kas žemiau, gaunama iš vieno JSON srauto',
    'events.title': 'Renginiai',
    'events.lead': 'Koncertai, ekskursijos, stovyklos ir paskaitos. Atidarykite renginį, kad įtrauktumėte jį į savo kalendorių.',
    'schedule.title': 'Būreliai ir užsiėmimai',
    'schedule.lead': 'Kiekvieną savaitę nuo rugsėjo iki gegužės. Pasirinkite būrelį, kad pamatytumėte kito užsiėmimo laiką, ir įtraukite visą seriją į telefoną.',
    'gallery.title': 'Nuotraukos',
    'places.title': 'Kur susitinkame',
    'places.lead': 'Adresai ir maršrutai matomi iš karto. Žemėlapis įkeliamas iš OpenStreetMap serverių, todėl tik jums paprašius.',
    footer: 'Šios demonstracijos renginiai, laikai ir žmonės išgalvoti. Paveikslėliai nupiešti demonstracijai.',
    'note.title': "Tai baltic-widgets demonstracija.",
    'note.follow': "Viršuje perjunkite kalbą ir temą: valdikliai seka puslapį.",
    'note.partner': "Ta pati kortelė partnerio puslapyje, tik su script žyme: <a href=\"partner.html\">partnerio puslapis</a>.",
    'note.pages': "Kiekvienas valdiklis atskirame puslapyje: <a href=\"event-calendar.html\">kalendorius</a>, <a href=\"schedule.html\">tvarkaraštis</a>, <a href=\"gallery.html\">galerija</a>, <a href=\"location-map.html\">žemėlapis</a>, <a href=\"dialogue-banner.html\">reklaminė juosta</a>, <a href=\"add-to-calendar.html\">įtraukti į kalendorių</a>.",
  },
};

/** Every text of the demo by language: the home page's and the sub-pages'. */
export const DEMO_TEXTS: Record<string, Record<string, string>> = Object.fromEntries(
  Object.keys(TEXTS).map((lang) => [lang, { ...TEXTS[lang], ...PAGE_TEXTS[lang] } as Record<string, string>]),
);

const english = new Map<Element, string>();
const HELSINKI = 'Europe/Helsinki';

/** `2027-05-07T14:00` (Helsinki), `2027-05-11`, or a range `a/b` of either, in the page's language. */
function formatWhen(value: string, lang: string): string {
  const [from, to] = value.split('/') as [string, string | undefined];
  const dateOnly = from.length === 10;
  const instant = (text: string) =>
    dateOnly ? calendarDateToUtcDate(text) : new Date(zonedTimeToInstant(+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10), +text.slice(11, 13), +text.slice(14, 16), HELSINKI));
  const format = new Intl.DateTimeFormat(lang, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short', timeZone: HELSINKI });
  return to ? format.formatRange(instant(from), instant(to)) : format.format(instant(from));
}

function applyTexts(): void {
  const lang = document.documentElement.lang.slice(0, 2).toLowerCase() || 'en';
  const texts = DEMO_TEXTS[lang] ?? {};
  for (const element of document.querySelectorAll<HTMLElement>('[data-text], [data-html], [data-when]')) {
    if (!english.has(element)) english.set(element, element.innerHTML);
    const key = element.dataset.text ?? element.dataset.html;
    const text = key ? texts[key] : undefined;
    if (element.dataset.when) element.textContent = formatWhen(element.dataset.when, lang);
    else if (text === undefined) element.innerHTML = english.get(element)!;
    // data-html texts are this file's own static strings (with <code>), never feed or URL content.
    else if (element.dataset.html) element.innerHTML = text;
    else element.textContent = text;
  }
}

if (typeof document !== 'undefined') {
  applyTexts();
  new MutationObserver(applyTexts).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
