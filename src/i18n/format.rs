//! Numbers and dates in the reader's locale (CLDR data through ICU4X).
//!
//! Arabic uses Western digits (`ar-u-nu-latn`), as in the Maghreb and in mixed-script data; dates use the
//! Gregorian calendar in every locale so that a date reads the same across the four languages.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

use super::Locale;

fn icu_locale(locale: Locale) -> icu_locale::Locale {
    let tag = match locale {
        Locale::Ar => "ar-u-nu-latn",
        other => other.code(),
    };
    icu_locale::Locale::try_from_str(tag).expect("our locale tags are valid")
}

static NUMBER_FORMATTERS: LazyLock<HashMap<Locale, DecimalFormatter>> = LazyLock::new(|| {
    Locale::ALL
        .into_iter()
        .map(|locale| {
            let formatter =
                DecimalFormatter::try_new(icu_locale(locale).into(), Default::default())
                    .expect("compiled data has decimal formats for our locales");
            (locale, formatter)
        })
        .collect()
});

static DATE_FORMATTERS: LazyLock<HashMap<Locale, FixedCalendarDateTimeFormatter<Gregorian, YMD>>> =
    LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let formatter =
                    FixedCalendarDateTimeFormatter::try_new(icu_locale(locale).into(), YMD::long())
                        .expect("compiled data has date formats for our locales");
                (locale, formatter)
            })
            .collect()
    });

/// `1234567` as `1,234,567` (en), `1 234 567` (fr), `1.234.567` (es), `1,234,567` (ar, Western digits).
pub fn format_number(locale: Locale, value: i64) -> String {
    NUMBER_FORMATTERS[&locale]
        .format(&Decimal::from(value))
        .to_string()
}

/// A UTC timestamp as a long date: "23 November 2026", "23 novembre 2026", "23 de noviembre de 2026", …
pub fn format_date(locale: Locale, unix_seconds: i64) -> String {
    let Ok(moment) = time::OffsetDateTime::from_unix_timestamp(unix_seconds) else {
        return String::new();
    };
    let Ok(date) = Date::try_new_gregorian(moment.year(), moment.month() as u8, moment.day())
    else {
        return String::new();
    };
    DATE_FORMATTERS[&locale].format(&date).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-11-23T12:00:00Z
    const A_DAY: i64 = 1_795_435_200;

    #[test]
    fn formats_dates_in_each_locale() {
        assert_eq!(format_date(Locale::En, A_DAY), "November 23, 2026");
        assert_eq!(format_date(Locale::Fr, A_DAY), "23 novembre 2026");
        assert_eq!(format_date(Locale::Es, A_DAY), "23 de noviembre de 2026");
        let arabic = format_date(Locale::Ar, A_DAY);
        assert!(arabic.contains("نوفمبر"), "{arabic}");
        assert!(
            arabic.contains("2026"),
            "Arabic dates use Western digits: {arabic}"
        );
    }

    #[test]
    fn groups_digits_by_locale() {
        assert_eq!(format_number(Locale::En, 1_234_567), "1,234,567");
        assert_eq!(format_number(Locale::Es, 1_234_567), "1.234.567");
        assert!(format_number(Locale::Fr, 1_234_567).starts_with('1'));
        assert_eq!(
            format_number(Locale::Fr, 1_234_567)
                .chars()
                .filter(|c| c.is_ascii_digit())
                .count(),
            7
        );
        assert!(format_number(Locale::Ar, 1_234_567).contains("234"));
    }
}
