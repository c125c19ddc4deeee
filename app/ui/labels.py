"""Words for the codes records hold (statuses, outcomes, purposes), in the UI language."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def case_status(code: str) -> str:
    return {
        "open": _t("Open"), "in_progress": _t("In progress"), "referred": _t("Referred"),
        "closed": _t("Closed"),
    }.get(code, code)


def referral_status(code: str) -> str:
    return {
        "drafted": _t("Drafted"), "sent": _t("Sent"), "received": _t("Received"),
        "in_attention": _t("In attention"), "answered": _t("Answered"),
        "closed": _t("Closed"), "rejected": _t("Rejected or redirected"),
    }.get(code, code)


def urgency(code: str) -> str:
    return {"normal": _t("Normal"), "urgent": _t("Urgent"),
            "immediate": _t("Immediate danger")}.get(code, code)


def outcome(code: str) -> str:
    return {"agreement": _t("Agreement"), "partial": _t("Partial agreement"),
            "no_agreement": _t("No agreement")}.get(code, code)


def purpose(code: str) -> str:
    return {"services": _t("Services and follow-up"),
            "sharing": _t("Sharing with institutions"),
            "reporting": _t("Reports and statistics")}.get(code, code)


def visit_state(code: str) -> str:
    return {"planned": _t("Planned visit"), "done": _t("Visit done"),
            "cancelled": _t("Visit cancelled")}.get(code, code)


def timeline_kind(code: str) -> str:
    return {"case_note": _t("Note"), "visit": _t("Visit"), "mediation": _t("Mediation"),
            "referral": _t("Referral"), "referral_status": _t("Referral step")}.get(code, code)


def attendance_group(code: str) -> str:
    return {"ninez": _t("Children (0–11)"), "adolescencia": _t("Adolescents (12–17)"),
            "adultos": _t("Adults (18–64)"),
            "adultos_mayores": _t("Older adults (65+)")}.get(code, code)


def day(value: date | datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
