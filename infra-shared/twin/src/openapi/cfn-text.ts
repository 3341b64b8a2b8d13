/**
 * Template values as the text an exported document carries. A literal stays as written; what CloudFormation
 * only knows at deploy time (`Ref`, `Fn::GetAtt`, pseudo parameters) is written in `Fn::Sub` syntax,
 * `${OrdersFunction1A2B.Arn}`, `${AWS::Region}`, so the document names the resource it stands for and a
 * template can hand the text back to CloudFormation as `{"Fn::Sub": text}` (see `toCloudFormationBody`).
 * Literal `${...}` in the template (stage variables: `${stageVariables.vpcLinkId}`) stays as written:
 * those are API Gateway's own, resolved per request.
 */

/** A `Ref` / `Fn::GetAtt` / `Fn::Join` / `Fn::Sub` tree as text, or undefined for anything else. */
export function cfnText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) return undefined;
  const [fn, arg] = entries[0] as [string, unknown];
  switch (fn) {
    case 'Ref':
      return `\${${String(arg)}}`;
    case 'Fn::GetAtt': {
      const [id, ...attr] = Array.isArray(arg) ? arg.map(String) : String(arg).split('.');
      return `\${${id}.${attr.join('.')}}`;
    }
    case 'Fn::Join': {
      const [separator, parts] = arg as [string, unknown];
      if (!Array.isArray(parts)) return undefined;
      const texts = parts.map(cfnText);
      return texts.every((t): t is string => t !== undefined) ? texts.join(separator) : undefined;
    }
    case 'Fn::Sub':
      return typeof arg === 'string' ? arg : undefined;
    case 'Fn::Select':
      return arnPart(arg);
    default:
      return undefined;
  }
}

/** ARN fields by position (`arn:partition:service:region:account:...`) and the pseudo parameter each equals. */
const ARN_FIELDS: Readonly<Record<number, string>> = {
  1: 'AWS::Partition',
  3: 'AWS::Region',
  4: 'AWS::AccountId',
};

/**
 * `Fn::Select [n, Fn::Split [":", <a resource's ARN>]]`, which CDK writes to take the partition or Region
 * out of an ARN: a resource of the same template shares the stack's, so the pseudo parameter stands in.
 */
function arnPart(arg: unknown): string | undefined {
  const [index, list] = arg as [unknown, unknown];
  const split = (list as Record<string, unknown> | undefined)?.['Fn::Split'] as
    | [unknown, unknown]
    | undefined;
  if (split?.[0] !== ':') return undefined;
  const source = cfnText(split[1]);
  const field = ARN_FIELDS[Number(index)];
  return source && /^\$\{[^}]+\.Arn\}$/.test(source) && field ? `\${${field}}` : undefined;
}

/**
 * `cfnText` for a property that may be absent: undefined stays undefined, anything else must be writable as
 * text (an export must not drop a URI or an ARN it cannot write; the error shows the value).
 */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = cfnText(value);
  if (text === undefined) throw new Error(`${JSON.stringify(value)} cannot be written as text`);
  return text;
}

/** Every string-valued leaf of a template fragment rendered with `cfnText` (policies, maps of strings). */
export function cfnJson(value: unknown): unknown {
  const text = cfnText(value);
  if (text !== undefined && typeof value !== 'number' && typeof value !== 'boolean') return text;
  if (Array.isArray(value)) return value.map(cfnJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, cfnJson(v)]),
    );
  }
  return value;
}

/** The logical id a `Ref` or `Fn::GetAtt` names, if the value is one. */
export function referencedLogicalId(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.Ref === 'string') return v.Ref;
  const att = v['Fn::GetAtt'];
  if (Array.isArray(att)) return String(att[0]);
  if (typeof att === 'string') return att.split('.')[0];
  return undefined;
}

/** A reference to a template resource or pseudo parameter (not a stage variable or context value). */
const DEPLOY_TIME = /\$\{(?!stageVariables\.|context\.|!)[^}]+\}/;

/**
 * The document as a CloudFormation `Body`: every string holding a deploy-time reference becomes
 * `{"Fn::Sub": text}`, with API Gateway's own `${stageVariables.x}` escaped (`${!stageVariables.x}`) so
 * CloudFormation leaves it for API Gateway.
 */
export function toCloudFormationBody(document: unknown): unknown {
  if (typeof document === 'string') {
    if (!DEPLOY_TIME.test(document)) return document;
    return { 'Fn::Sub': document.replace(/\$\{(stageVariables\.|context\.)/g, '${!$1') };
  }
  if (Array.isArray(document)) return document.map(toCloudFormationBody);
  if (document && typeof document === 'object') {
    return Object.fromEntries(
      Object.entries(document as Record<string, unknown>).map(([k, v]) => [k, toCloudFormationBody(v)]),
    );
  }
  return document;
}
