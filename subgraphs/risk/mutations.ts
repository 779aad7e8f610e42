import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import { assessRisk } from './assessment';
import { RiskAssessmentInput } from './inputs';
import { RiskAssessment } from './types';

@Resolver()
export class RiskMutations {
  @Mutation(() => RiskAssessment, { nullable: true, description: 'Record a risk assessment; score, level and escalation are computed by the hub' })
  assessRisk(@Arg('input', () => RiskAssessmentInput, { nullable: false }) input: RiskAssessmentInput, @Ctx() ctx: SubgraphContext) {
    return assessRisk(ctx, input);
  }
}
