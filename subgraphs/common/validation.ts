import { registerDecorator, validate, ValidationError, ValidationOptions } from 'class-validator';
import { getNamedType } from 'graphql';
import { ValidatorFn } from 'type-graphql';
import { badUserInput } from './errors';

const flemishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' });

/** Today's date in Flanders, as 'YYYY-MM-DD'. */
export const today = (): string => flemishDate.format(new Date());

/** A class-validator constraint comparing a date (YYYY-MM-DD, or absent) with today. */
function comparedWithToday(name: string, holds: (date: string, now: string) => boolean, message: (property: string) => string) {
  return (options?: ValidationOptions) => (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message: message(propertyName), ...options },
      validator: { validate: (value: unknown) => value == null || (typeof value === 'string' && holds(value, today())) },
    });
}

/** A date of something that happened: not after today. */
export const IsNotInFuture = comparedWithToday('isNotInFuture', (date, now) => date <= now, (property) => `${property} is a past event: it cannot be after today`);

/** A date something is planned for: not before today. */
export const IsNotInPast = comparedWithToday('isNotInPast', (date, now) => date >= now, (property) => `${property} is planned: it cannot be before today`);

/** The first failed constraint, with the path of the input field that failed (e.g. input.persons.1.birthDate). */
function firstFailure(errors: ValidationError[], path: string[]): { field: string; message: string } | undefined {
  for (const error of errors) {
    const here = [...path, error.property];
    if (error.constraints) return { field: here.join('.'), message: Object.values(error.constraints)[0] };
    const nested = firstFailure(error.children ?? [], here);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * The validation of every input argument of every subgraph (type-graphql's validateFn):
 * class-validator's constraints on the input classes; the first failure becomes BAD_USER_INPUT
 * naming the offending field, before anything is read or written.
 */
export const validateInput: ValidatorFn = async (value, type, { info }) => {
  if (value === null || typeof value !== 'object') return;
  const typeName = typeof type === 'function' ? type.name : undefined;
  const argument = info.parentType.getFields()[info.fieldName]?.args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? 'input';
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    const failure = firstFailure(await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } }), [argument]);
    if (failure) throw badUserInput(failure.message, failure.field);
  }
};
