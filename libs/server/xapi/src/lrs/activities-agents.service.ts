import { BadRequestException, Injectable } from '@nestjs/common';
import { validateActivityId, validateAgent, type JsonObject } from '../statements';
import { agentKey } from '../statements/statement-index';
import { StatementsRepository } from './statements.repository';

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** The Activities and Agents resources (Communication §2.5, §2.6): what the LRS knows of one activity or one person. */
@Injectable()
export class XapiActivitiesAgentsService {
  constructor(private readonly statements: StatementsRepository) {}

  /** The Activity with the definition the newest statement about it gave; only its id when none did. */
  async activity(activityId: unknown): Promise<JsonObject> {
    if (activityId === undefined) throw new BadRequestException('activityId is required');
    const problems = validateActivityId(activityId, 'activityId');
    if (problems.length) throw new BadRequestException({ message: `activityId ${problems.map((p) => p.message).join('; ')}`, details: problems });
    const definition = await this.statements.activityDefinition(activityId as string);
    return { objectType: 'Activity', id: activityId, ...(definition ? { definition } : {}) };
  }

  /** A Person object: every name statements gave the agent, and its identifier, each as a list. */
  async person(agentParam: unknown): Promise<JsonObject> {
    if (typeof agentParam !== 'string') throw new BadRequestException('agent is required, once, as JSON');
    let agent: unknown;
    try {
      agent = JSON.parse(agentParam);
    } catch {
      throw new BadRequestException('agent must be an Agent as JSON');
    }
    const problems = validateAgent(agent, 'agent');
    if (problems.length) throw new BadRequestException({ message: `agent: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, details: problems });
    const given = agent as JsonObject;
    const names = await this.statements.agentNames(agentKey(given)!);
    const person: JsonObject = { objectType: 'Person', name: [...new Set([...(typeof given.name === 'string' ? [given.name] : []), ...names])] };
    for (const ifi of IFIS) if (given[ifi] !== undefined) person[ifi] = [given[ifi]];
    return person;
  }
}
