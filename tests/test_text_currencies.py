"""Currency signs written with a country's letters (geoevents.text.currencies)."""

from __future__ import annotations

import pytest

from geoevents.resources import Context
from geoevents.text.currencies import ISO_4217, CurrencySigns

CONTEXT = Context()
SIGNS = CurrencySigns(CONTEXT.lexicon("currency_symbols"), CONTEXT.lexicon("currencies"))


@pytest.mark.parametrize(
    ("letters", "sign", "expected"),
    [
        pytest.param("US", "$", "USD", id="us-dollar"),
        pytest.param("U.S.", "$", "USD", id="dotted-letters"),
        pytest.param("A", "$", "AUD", id="one-letter-of-one-dollar"),
        pytest.param("AU", "$", "AUD", id="country-letters"),
        pytest.param("C", "$", "CAD", id="canadian"),
        pytest.param("HK", "$", "HKD", id="hong-kong"),
        pytest.param("NZ", "$", "NZD", id="new-zealand"),
        pytest.param("J", "$", "JMD", id="jamaican"),
        pytest.param("USD", "$", "USD", id="a-whole-code"),
        pytest.param("S", "$", "SGD", id="lexicon-decides-a-shared-letter"),
        pytest.param("R", "$", "BRL", id="lexicon-gives-the-real"),
        pytest.param("NT", "$", "TWD", id="lexicon-gives-new-taiwan"),
        pytest.param("E", "£", "EGP", id="egyptian-pound"),
        pytest.param("L", "£", "LBP", id="lebanese-pound"),
        pytest.param("N", "$", None, id="namibian-or-new-zealand"),
        pytest.param("B", "$", None, id="five-dollars-start-with-b"),
        pytest.param("AT", "$", None, id="no-currency-of-those-letters"),
        pytest.param("US", "€", None, id="the-euro-is-no-dollar"),
    ],
)
def test_sign_with_letters(letters: str, sign: str, expected: str | None) -> None:
    assert SIGNS.code(letters, sign) == expected


def test_iso_4217_comes_from_the_package_without_fund_codes() -> None:
    assert ISO_4217["AUD"] == "Australian Dollar"
    assert "USN" not in ISO_4217  # "US Dollar (Next day)"
    assert all(len(code) == 3 and code.isupper() for code in ISO_4217)
