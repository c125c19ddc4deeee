"""Age and the CONA categories: niño/niña under 12, adolescente 12 to 18."""

from datetime import date

CATEGORIES = ("ninez", "adolescencia", "adultos", "adultos_mayores")


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def current_age(birth_date: date | None, estimated_age: int | None,
                estimated_on: date | None, today: date) -> int | None:
    if birth_date is not None:
        return age_on(birth_date, today)
    if estimated_age is not None:
        # Elapsed years since the estimate; negative for a day before it.
        if estimated_on is None:
            return estimated_age
        elapsed = today.year - estimated_on.year - (
            (today.month, today.day) < (estimated_on.month, estimated_on.day))
        return max(estimated_age + elapsed, 0)
    return None


# The youngest age of each group: what a participant known only by their group is taken
# to be where an age limit matters (CONA Art. 4: in doubt, the younger).
YOUNGEST = {"ninez": 0, "adolescencia": 12, "adultos": 18, "adultos_mayores": 65}


def age_group(age: int | None, estimated: bool = False) -> str | None:
    """The group used in statistics. With an estimated age at a boundary, CONA Art. 4
    says to presume the younger category."""
    if age is None:
        return None
    if estimated and age in (12, 18):
        age -= 1
    if age < 12:
        return "ninez"
    if age < 18:
        return "adolescencia"
    if age < 65:
        return "adultos"
    return "adultos_mayores"
