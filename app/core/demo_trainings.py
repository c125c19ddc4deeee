"""Demo attendance lists: most trainings (capacitación) get their hours and a list of
participants whose counts are the activity's, most of them named with consent (by the
legal representative for children and adolescents), the rest only counted."""

import random
from collections.abc import Callable, Sequence

from app.core.records import Attendee, CommunityActivity, SyncedRecord
from app.core.records.community import AGE_GROUPS, ATTENDANCE_SEX
from app.core.services.fieldwork import TRAINING

LIST_SHARE = 0.7  # trainings that keep a list; the others keep counts only
NAMED_SHARE = 0.75  # participants who consent to their name on the list
MAX_LISTED = 30
HOURS = (2, 3, 4, 4, 6, 8)


def demo_attendees(new_id: Callable[[], str], rng: random.Random,
                   records: Sequence[SyncedRecord],
                   names: dict[str, list[str]]) -> list[Attendee]:
    """Lists for the trainings among `records`; their counts and hours are set to match
    (the store's triggers derive the same counts from the list)."""
    out: list[Attendee] = []
    for activity in records:
        if not (isinstance(activity, CommunityActivity)
                and activity.activity_type == TRAINING and rng.random() < LIST_SHARE):
            continue
        activity.hours = float(rng.choice(HOURS))
        counts: dict[str, int] = {}
        for _ in range(rng.randint(8, MAX_LISTED)):
            person = _attendee(new_id, rng, activity, names)
            key = f"{person.age_group}_{ATTENDANCE_SEX[person.sex]}"
            counts[key] = counts.get(key, 0) + 1
            out.append(person)
        activity.attendance = counts
    return out


def _attendee(new_id: Callable[[], str], rng: random.Random, activity: CommunityActivity,
              names: dict[str, list[str]]) -> Attendee:
    sex = rng.choice(tuple(ATTENDANCE_SEX))
    group = rng.choices(AGE_GROUPS, weights=(2, 3, 6, 1))[0]
    if rng.random() >= NAMED_SHARE:
        return Attendee(id=new_id(), activity_id=activity.id, sex=sex, age_group=group)
    pool = names["given_female" if sex == "mujer" else "given_male"]
    minor = group in ("ninez", "adolescencia")
    return Attendee(
        id=new_id(), activity_id=activity.id, sex=sex, age_group=group,
        given_names=rng.choice(pool), surnames=" ".join(rng.sample(names["surnames"], 2)),
        name_consent="representative" if minor else "self",
        consent_on=activity.held_on)  # asked as they signed in
