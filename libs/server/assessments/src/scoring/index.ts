export * from './answer-shape';
export * from './matching-ids';
export * from './right-answer';
export * from './score-question';
