// Every quiz element, for the pages that make a quiz interactive (lesson and projector). A new
// question type's element is listed here (see README › "Add a question type").
import './lesson-quiz';
import './quiz-choice';
import './quiz-order';
import './quiz-red-flags';
