/** The built-in rule catalogue. Each rule lives in its own module with its own examples. */
import type { RuleSet } from '../engine/types';
import type { Rule } from '../engine/rule';
import acknowledgement from './acknowledgement';
import blame from './blame';
import blameOtherTeam from './blame-other-team';
import condescension from './condescension';
import deflection from './deflection';
import dismissive from './dismissive';
import helpWording from './help-wording';
import minimiser from './minimiser';
import ownership from './ownership';
import promiseTime from './promise-time';
import policyWall from './policy-wall';
import usVsThem from './us-vs-them';
import venting from './venting';
import tone from './tone';

export const builtinRuleList: readonly Rule[] = [helpWording, blame, blameOtherTeam, condescension, minimiser, dismissive, usVsThem, venting, policyWall, deflection, acknowledgement, ownership, promiseTime, tone];

export const builtinRules: RuleSet = { name: 'rapport-builtin', version: '1', rules: builtinRuleList };

export { principles } from './principles';
export { customerFrustration, setCustomerToneScorer, type CustomerToneScorer, type FrustrationReading } from './frustration';
