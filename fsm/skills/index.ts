/** Learned tasks (skills): the data the knowledge store keeps; learning and replay live in agent/skills. */
export {
  SKILL_FORMAT,
  SKILL_VERSION,
  type Skill,
  type SkillFactSource,
  type SkillSlot,
  type SkillStep,
  type SkillSubgoal,
} from './Skill.ts';
export { parseSkillBody } from './parseSkill.ts';
