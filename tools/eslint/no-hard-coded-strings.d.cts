import type { Rule } from 'eslint';

export declare const noHardCodedStrings: Rule.RuleModule;
