import 'reflect-metadata';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, ValidateIf, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../platform/scalars';
import { IsNotInFuture } from '../common/validation';
import { RiskLevel } from './types';

@InputType({ description: 'Whether an item of the instrument is present' })
export class RiskAnswerInput {
  @Field(() => String, { nullable: false }) @Length(1, 20) itemCode: string;
  @Field(() => Boolean, { nullable: false }) present: boolean;
}

@InputType({ description: 'A risk assessment of one person in a dossier, against a named instrument version; the hub computes score and level' })
export class RiskAssessmentInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'dossierId is a dossier id' }) dossierId: string;
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'personId is a person id' }) personId: string;
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'instrumentVersionId is an instrument version id' }) instrumentVersionId: string;
  @Field(() => [RiskAnswerInput], { nullable: false, description: 'One answer for every item of the instrument version' })
  @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested()
  answers: RiskAnswerInput[];
  @IsOptional() @Field(() => RiskLevel, { nullable: true, description: 'Professional judgement: may raise the computed level, never lower it' })
  judgementLevel?: RiskLevel | null;
  @Field(() => String, { nullable: true, description: 'Required with a professional judgement' })
  @ValidateIf((input: RiskAssessmentInput) => input.judgementLevel != null)
  @Length(10, 4000, { message: 'judgementRationale: explain the professional judgement (at least 10 characters)' })
  judgementRationale?: string | null;
  @IsOptional() @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' }) @IsNotInFuture() assessedOn?: string | null;
}
