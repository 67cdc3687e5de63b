// The quiz components on their own, for tests that render a quiz without a lesson around it.
export { default as Item } from './Item.astro';
export { default as Message } from './Message.astro';
export { default as Option } from './Option.astro';
export { default as Part } from './Part.astro';
export { default as Question } from './Question.astro';
export { default as Quiz } from './Quiz.astro';
