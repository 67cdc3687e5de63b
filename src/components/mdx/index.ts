// The components lesson authors may use in MDX without importing them (see README, "Add a lesson").
import Choice from './Choice.astro';
import Field from './Field.astro';
import GetHelp from './GetHelp.astro';
import Item from './Item.astro';
import Link from './Link.astro';
import Message from './Message.astro';
import Option from './Option.astro';
import Part from './Part.astro';
import PhoneScreen from './PhoneScreen.astro';
import Question from './Question.astro';
import Quiz from './Quiz.astro';
import Screen from './Screen.astro';
import Simulation from './Simulation.astro';
import Step from './Step.astro';
import Steps from './Steps.astro';
import StopCheck from './StopCheck.astro';
import TrainerNote from './TrainerNote.astro';

export const lessonComponents = {
  // Markdown links: site paths go through the base path.
  a: Link,
  Choice,
  Field,
  GetHelp,
  Item,
  Message,
  Option,
  Part,
  PhoneScreen,
  Question,
  Quiz,
  Screen,
  Simulation,
  Step,
  Steps,
  StopCheck,
  TrainerNote,
};
