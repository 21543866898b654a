// Which severity a rule has for one document. Layers, strongest first: inline disable comments
// (handled in suppress.ts), front matter `rules:`, the configuration (`.wxpushrc.json` over the
// `wxpush.rules` setting, merged by the caller), the rule's default. Within a layer a rule id
// beats a tag, like markdownlint's aliases.
import type { PushDocument } from '../format/model';
import { frontMatterField } from '../format/queries';
import { SEVERITY_NAMES } from '../format/schema';
import type { RuleDefinition } from './rule';
import type { RulesConfig, Severity, SeveritySetting } from './types';

export function isSeveritySetting(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITY_NAMES as readonly string[]).includes(v);
}

/** Reads a severity map, accepting `true`/`false` (on at default / off) and any letter case. */
export function readRulesConfig(value: unknown): RulesConfig {
  const out: RulesConfig = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === false) out[k] = 'off';
    else if (typeof v === 'string' && isSeveritySetting(v.toLowerCase())) out[k] = v.toLowerCase() as SeveritySetting;
  }
  return out;
}

export function frontMatterRules(doc: PushDocument): RulesConfig {
  return readRulesConfig(frontMatterField(doc, 'rules')?.value);
}

function fromLayer(layer: RulesConfig | undefined, rule: RuleDefinition): SeveritySetting | undefined {
  if (!layer) return undefined;
  if (layer[rule.id] !== undefined) return layer[rule.id];
  for (const tag of rule.tags) if (layer[tag] !== undefined) return layer[tag];
  return undefined;
}

/**
 * The configured severity of a rule, or undefined when no layer sets it (then each finding keeps
 * its own level: a rule may report both warnings and errors).
 */
export function configuredSeverity(rule: RuleDefinition, layers: readonly (RulesConfig | undefined)[]): SeveritySetting | undefined {
  for (const layer of layers) {
    const s = fromLayer(layer, rule);
    if (s !== undefined) return s;
  }
  return undefined;
}

export function finalSeverity(configured: SeveritySetting | undefined, own: Severity | undefined, rule: RuleDefinition): SeveritySetting {
  return configured ?? own ?? rule.defaultSeverity;
}
