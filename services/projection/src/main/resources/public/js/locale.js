// The reader's locale for dates and numbers: "?lang=de-DE" in the page's address (tests, shared links) wins, else the
// browser's language. The page's words stay English, so plurals are chosen by English rules (Intl.PluralRules('en')).
const DAY = 86_400_000;

function supported(tag) {
  try {
    return tag && Intl.DateTimeFormat.supportedLocalesOf([tag]).length ? Intl.getCanonicalLocales(tag)[0] : null;
  } catch {
    return null;
  }
}

export const LOCALE = supported(new URLSearchParams(location.search).get('lang')) || supported(navigator.language) || 'en-GB';
document.documentElement.dataset.locale = LOCALE;

const utc = (options) => new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', ...options });
export const formats = {
  day: utc({ day: 'numeric', month: 'short', year: 'numeric' }),
  dayInMonth: utc({ day: 'numeric', month: 'short' }),
  dayRange: utc({ day: 'numeric', month: 'long', year: 'numeric' }),
  month: utc({ month: 'long', year: 'numeric' }),
  monthShort: utc({ month: 'short' }),
  monthYear: utc({ month: 'short', year: 'numeric' }),
  year: utc({ year: 'numeric' }),
  instant: new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' }),
};

// How a source's "early", "mid" or "late" part of a month reads; other languages get the range of days ("1.–10. Juli 2025").
const PARTS = {
  en: { early: 'early ', mid: 'mid-', late: 'late ' },
  de: { early: 'Anfang ', mid: 'Mitte ', late: 'Ende ' },
  fr: { early: 'début ', mid: 'mi-', late: 'fin ' },
  es: { early: 'principios de ', mid: 'mediados de ', late: 'finales de ' },
};

/** "early July 2025", "Anfang Juli 2025", or the days it may mean in another language. */
export function partOfMonth(part, start, end) {
  const words = PARTS[LOCALE.split('-')[0]];
  if (!words) return formats.dayRange.formatRange(start, end);
  return `${words[part]}${formats.month.format(start)}`;
}

const numbers = new Intl.NumberFormat(LOCALE);
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 2 });
const englishPlurals = new Intl.PluralRules('en');

export const number = (n) => numbers.format(n);
export const percentOf = (value) => percent.format(value / 100);

/** "1 day", "22 days", "1,234 rounds" (the number in the reader's locale, the word by English rules). */
export function plural(n, one, many) {
  return `${numbers.format(n)} ${englishPlurals.select(n) === 'one' ? one : many}`;
}

export { DAY };
