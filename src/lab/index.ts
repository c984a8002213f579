/** Labs: lab files and their schema, grading, the built-in labs. Browser-safe (no Node imports). */
export type { Lab, LabStep, LabCheck, ExpressionCheck, RanCheck, LabProgress } from './types';
export { LAB_SCHEMA } from './schema';
export { LabError, validateLab, parseLabText } from './load';
export { gradeLab, gradeStep, gradeReport, type Evaluate, type LabGrade, type StepGrade } from './grade';
export { sessionEvaluator, type ScratchSession } from './evaluate';
export { builtInLabNames, getBuiltInLab, labOfProgress, registerBuiltInLabs } from './builtins';
