import { isDeepStrictEqual } from 'node:util';
import { Oracle } from './oracle';
import { FieldSelection } from './selections';
import { Node, WorldAnswers } from './world-answers';

/**
 * Walks an answer of the hub with the selection that asked for it and the world, and judges every
 * value that came back:
 * - leak: a value the oracle does not let the actor read, or a record it may not see at all
 *   (also as an id with every other field FORBIDDEN);
 * - wrong: a value that is not the world's;
 * - missing: a value, or a record of a list, that the oracle lets the actor read but did not come back;
 * - unexplained: a withheld field without FORBIDDEN at its path, or an error a read should never get.
 */

export type ViolationKind = 'leak' | 'wrong' | 'missing' | 'unexplained';

export interface Violation {
  kind: ViolationKind;
  path: string;
  detail: string;
}

export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

/** Something that came back, briefly. */
const shown = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

const carriesData = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/** What names a returned record in a list, as its node is named (see Node.key). */
const keyOf = (item: Record<string, any>): string | undefined => item.id ?? item.seq ?? item.requestId ?? item.itemCode ?? item.code ?? item.person?.id ?? undefined;

export class AnswerChecker {
  readonly violations: Violation[] = [];
  private readonly forbiddenPaths: Set<string>;

  constructor(private readonly answers: WorldAnswers, private readonly oracle: Oracle, private readonly answer: GraphQLAnswer) {
    this.forbiddenPaths = new Set((answer.body.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN' && error.path).map((error) => error.path!.join('.')));
  }

  private report(kind: ViolationKind, path: (string | number)[], detail: string) {
    this.violations.push({ kind, path: path.join('.'), detail });
  }

  /** Checks a read: every error is FORBIDDEN at a path, and every value is judged. */
  checkRead(root: FieldSelection, variables: Record<string, unknown>): Violation[] {
    const { status, body } = this.answer;
    if (status !== 200) this.report('unexplained', [], `HTTP ${status}: ${shown(body.errors)}`);
    for (const error of body.errors ?? []) {
      if (error.extensions?.code !== 'FORBIDDEN' || !error.path) this.report('unexplained', error.path ?? [], `a read got ${error.extensions?.code}: ${error.message}`);
    }
    if (body.data) this.checkFields(body.data, { typeName: 'Query', row: {}, judged: null }, [root], [], variables);
    return this.violations;
  }

  /** Checks what a mutation answered (its errors are the mutation properties' business). */
  checkMutationAnswer(root: FieldSelection): Violation[] {
    if (this.answer.body.data) this.checkFields(this.answer.body.data, { typeName: 'Mutation', row: {}, judged: null }, [root], [], {});
    return this.violations;
  }

  private checkFields(value: Record<string, any>, node: Node, selections: FieldSelection[], path: (string | number)[], variables: Record<string, unknown>) {
    for (const selection of selections) {
      const here = [...path, selection.name];
      const returned = value[selection.name];
      const args = Object.fromEntries(Object.entries(selection.args).map(([name, source]) => [name, variables[source.slice(1)]]));
      if (node.typeName !== 'Mutation') {
        const permissive = this.oracle.mayRead(node.typeName, selection.name, node.judged?.permissive ?? null);
        if (!permissive) {
          if (carriesData(returned)) this.report('leak', here, `${node.typeName}.${selection.name} is not the actor's to read, yet came back: ${shown(returned)}`);
          else if (!this.forbiddenPaths.has(here.join('.'))) this.report('unexplained', here, `${node.typeName}.${selection.name} is withheld without FORBIDDEN at its path`);
          continue;
        }
      }
      const strict = node.judged ? this.oracle.mayRead(node.typeName, selection.name, node.judged.strict) : true;
      this.checkValue(returned, node, selection, here, strict, args, variables);
    }
  }

  private checkValue(returned: any, node: Node, selection: FieldSelection, here: (string | number)[], strict: boolean, args: Record<string, unknown>, variables: Record<string, unknown>) {
    const coordinate = `${node.typeName}.${selection.name}`;
    const resolution = this.answers.resolve(node, selection.name, args, selection.children.length > 0);
    const withheld = this.forbiddenPaths.has(here.join('.')) ? ' (FORBIDDEN)' : '';
    switch (resolution.kind) {
      case 'scalar':
        if (!resolution.predictable) return;
        if (returned === null) {
          if (strict && resolution.value !== null) this.report('missing', here, `${coordinate} is the actor's to read but came back null${withheld}; the world holds ${shown(resolution.value)}`);
        } else if (!isDeepStrictEqual(returned, resolution.value)) {
          this.report('wrong', here, `${coordinate} came back ${shown(returned)}; the world holds ${shown(resolution.value)}`);
        }
        return;
      case 'opaque': {
        const opaque: Node = { typeName: selection.typeName, row: {}, judged: null, opaque: true };
        const items = returned === null ? [] : selection.list ? (returned as any[]) : [returned];
        items.forEach((item, index) => item !== null && this.checkFields(item, opaque, selection.children, selection.list ? [...here, index] : here, variables));
        return;
      }
      case 'byKey':
      case 'object': {
        // What a write answers with is the writer's own doing: it may be refused (null), or come back with its fields judged as any.
        const written = node.typeName === 'Mutation';
        if (returned === null) {
          if (!written && resolution.kind === 'object' && strict && resolution.node && this.answers.sees(resolution.node, 'strict')) this.report('missing', here, `${coordinate} is the actor's to read but came back null${withheld}`);
          return;
        }
        if (resolution.kind === 'byKey' && returned.id == null) {
          // Its key withheld, the record cannot be named: nothing of it may have come back.
          if (Object.values(returned).some(carriesData)) this.report('leak', here, `${coordinate} came back with values of a record whose key is withheld: ${shown(returned)}`);
          return;
        }
        const child = resolution.kind === 'object' ? resolution.node : this.answers.byKey(resolution.typeName, returned.id);
        if (!child) return this.report('wrong', here, `${coordinate} came back with a record the world does not hold: ${shown(returned)}`);
        if (!written && !this.answers.sees(child, 'permissive')) return this.report('leak', here, `${coordinate} came back with a ${child.typeName} the actor may not see at all: ${shown(returned)}`);
        return this.checkFields(returned, child, selection.children, here, variables);
      }
      case 'list': {
        if (returned === null) {
          if (strict && resolution.expected.length) this.report('missing', here, `${coordinate} is the actor's to read but came back null${withheld}; ${resolution.expected.length} records expected`);
          return;
        }
        const unmatched = new Set(resolution.expected);
        let nulls = 0;
        (returned as any[]).forEach((item, index) => {
          const at = [...here, index];
          if (item === null) return (nulls += 1);
          const child = this.identify(item, resolution.candidates, unmatched);
          if (!child && !Object.values(item).some(carriesData)) return this.report('leak', at, `${coordinate} came back with a record whose every field is withheld (a record the actor may not see): ${shown(item)}`);
          if (!child) return this.report('wrong', at, `${coordinate} came back with a record the world does not hold: ${shown(item)}`);
          unmatched.delete(child);
          if (!this.answers.sees(child, 'permissive')) return this.report('leak', at, `${coordinate} came back with a ${child.typeName} the actor may not see at all: ${shown(item)}`);
          return this.checkFields(item, child, selection.children, at, variables);
        });
        if (strict && unmatched.size > nulls) {
          this.report('missing', here, `${coordinate} lacks ${unmatched.size - nulls} record(s) the actor may read: ${[...unmatched].map((n) => n.key ?? shown(n.row)).join(', ')}`);
        }
        return;
      }
    }
  }

  /** The world's record a returned list item stands for: by its key, else the first one its values fit; none if it came back without either. */
  private identify(item: Record<string, any>, candidates: Node[], unmatched: Set<Node>): Node | undefined {
    const key = keyOf(item);
    if (key !== undefined) return candidates.find((node) => node.key === key);
    if (!Object.values(item).some((value) => value !== null && typeof value !== 'object')) return undefined;
    const fits = (node: Node) => Object.entries(item).every(([field, value]) => value === null || typeof value === 'object' || isDeepStrictEqual(node.row[field], value));
    return candidates.find((node) => unmatched.has(node) && fits(node)) ?? candidates.find(fits);
  }
}
