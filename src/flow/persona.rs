//! Fictional people whose data the mock screens show, kept consistent everywhere.

use super::rules::format_nrn;

/// A fictional person with the data the login screens need.
#[derive(Debug, PartialEq, Eq)]
pub struct Persona {
    /// First name(s), as printed on the card.
    pub first_names: &'static str,
    /// Family name.
    pub last_name: &'static str,
    /// National register number, digits only (11 digits, valid check).
    pub nrn: &'static str,
    /// Birth date as shown on the card (DD.MM.YYYY).
    pub birth_date: &'static str,
    /// The eID PIN from the municipality's letter.
    pub pin: &'static str,
    /// The eID PUK from the same letter (never asked for in the flows).
    pub puk: &'static str,
    /// A personal e-mail address on example.com.
    pub email: &'static str,
    /// A child the persona may act for (MijnGezondheid profile choice).
    pub child_first_names: &'static str,
    /// The child's national register number.
    pub child_nrn: &'static str,
    /// Serial number of the authentication certificate.
    pub cert_serial: &'static str,
    /// The activation code on the LRA's paper letter (CSAM digital keys), XXXX-XXXX-XXXX-XXXX.
    pub activation_code: &'static str,
    /// Mobile number as a Belgian writes it, with the leading 0 (itsme).
    pub mobile: &'static str,
    /// The practice itsme code (5 digits, obeys the app's rules).
    pub itsme_code: &'static str,
    /// Street and number of the legal address.
    pub street: &'static str,
    /// Postcode of the legal address.
    pub postcode: &'static str,
    /// Municipality of the legal address (also where the card was issued).
    pub city: &'static str,
    /// Place of birth.
    pub birth_place: &'static str,
    /// eID card number, as on the card (XXX-XXXXXXX-XX).
    pub card_number: &'static str,
    /// Last day the eID card is valid (DD.MM.YYYY).
    pub card_valid_until: &'static str,
}

impl Persona {
    /// "First Last", as the sites greet the person.
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_names, self.last_name)
    }

    /// The child's full name.
    pub fn child_full_name(&self) -> String {
        format!("{} {}", self.child_first_names, self.last_name)
    }

    /// The values texts may quote as `{name}`, `{pin}`, … (same in every language).
    pub fn placeholders(&self) -> Vec<(&'static str, String)> {
        vec![
            ("name", self.full_name()),
            ("first", self.first_names.to_owned()),
            ("last", self.last_name.to_owned()),
            ("pin", self.pin.to_owned()),
            ("puk", self.puk.to_owned()),
            ("birth", self.birth_date.to_owned()),
            ("nrn", self.nrn_formatted()),
            ("email", self.email.to_owned()),
            ("child", self.child_full_name()),
            ("serial", self.cert_serial.to_owned()),
            ("activation", self.activation_code.to_owned()),
            ("mobile", self.mobile.to_owned()),
            ("mobile9", self.mobile.trim_start_matches('0').to_owned()),
            ("itsme", self.itsme_code.to_owned()),
            ("street", self.street.to_owned()),
            ("postcode", self.postcode.to_owned()),
            ("city", self.city.to_owned()),
            ("birthplace", self.birth_place.to_owned()),
            ("cardno", self.card_number.to_owned()),
            ("valid", self.card_valid_until.to_owned()),
        ]
    }

    /// National register number formatted YY.MM.DD-XXX.CC.
    pub fn nrn_formatted(&self) -> String {
        format_nrn(self.nrn).unwrap_or_else(|| self.nrn.to_owned())
    }
}

/// The persona every scenario uses: Sofie Maes, fictional.
pub static PERSONA: Persona = Persona {
    first_names: "Sofie",
    last_name: "Maes",
    nrn: "86052314239",
    birth_date: "23.05.1986",
    pin: "4271",
    puk: "915306",
    email: "sofie.maes@example.com",
    child_first_names: "Noah",
    child_nrn: "16110205734",
    cert_serial: "1000 0000 4A7F 3C21",
    activation_code: "K7PM-4XQ2-HN8R-3TWB",
    mobile: "0470 55 81 26",
    itsme_code: "27514",
    street: "Kerkstraat 18",
    postcode: "3000",
    city: "Leuven",
    birth_place: "Hasselt",
    card_number: "592-0713468-55",
    card_valid_until: "14.03.2031",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::rules::nrn_is_valid;

    #[test]
    fn persona_numbers_are_valid() {
        assert!(nrn_is_valid(PERSONA.nrn));
        assert!(nrn_is_valid(PERSONA.child_nrn));
        assert_eq!(PERSONA.nrn_formatted(), "86.05.23-142.39");
        assert!(PERSONA.nrn.starts_with("860523"), "NRN must match birth date");
        assert!(PERSONA.birth_date.ends_with("1986"));
    }


    #[test]
    fn pin_is_four_digits_and_email_is_example() {
        assert_eq!(PERSONA.pin.len(), 4);
        assert!(PERSONA.pin.bytes().all(|b| b.is_ascii_digit()));
        assert!(PERSONA.email.ends_with("@example.com"));
    }

    #[test]
    fn itsme_data_is_consistent() {
        use crate::flow::rules::check_itsme_code;
        assert_eq!(check_itsme_code(PERSONA.itsme_code), Ok(()));
        let digits: String = PERSONA.mobile.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(digits.len() == 10 && digits.starts_with("04"), "{digits}");
    }
}
