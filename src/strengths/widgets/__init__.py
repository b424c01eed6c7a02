"""Exercise widgets. Each is an anywidget with a hand-written ES module beside it."""

from strengths.widgets._exercise import Exercise
from strengths.widgets.case_note_rewrite import CaseNoteRewrite
from strengths.widgets.decision_point import DecisionPoint
from strengths.widgets.mindspace_planner import MindspacePlanner
from strengths.widgets.open_questions import OpenQuestions
from strengths.widgets.quiz import Quiz
from strengths.widgets.reflection import Reflection
from strengths.widgets.social_discipline_window import SocialDisciplineWindow
from strengths.widgets.strengths_map import StrengthsMap
from strengths.widgets.values_self_assessment import ValuesSelfAssessment

__all__ = [
    "CaseNoteRewrite",
    "DecisionPoint",
    "Exercise",
    "MindspacePlanner",
    "OpenQuestions",
    "Quiz",
    "Reflection",
    "SocialDisciplineWindow",
    "StrengthsMap",
    "ValuesSelfAssessment",
]
