import { describe, expect, it } from 'vitest';
import { analyzeScenario, prepareScenario } from '../engine';
import { galleryEntry } from '../model/gallery';
import { exportHandlers } from './exportHandlers';

const story = galleryEntry('ec2-cross-account-profile')?.scenario;
if (!story) throw new Error('the EC2 story is missing');
const latest = { analysis: analyzeScenario(story), prepared: prepareScenario(story) };
const handlers = exportHandlers(() => latest);
const context = { progress: () => undefined };

describe('the engine worker’s exports', () => {
  it('exports the latest analysis worded in the user’s language', async () => {
    const { text } = await handlers.exportGraph({ format: 'mermaid', language: 'zh-Hans' }, context);
    expect(text).toMatch(/^flowchart LR\n/);
    expect(text).toContain('实例配置文件');
  });

  it('exports OpenGraph JSON in English', async () => {
    const { text } = await handlers.exportGraph({ format: 'opengraph', language: 'en' }, context);
    const payload = JSON.parse(text) as { graph: { edges: { properties: { explanation: string } }[] } };
    expect(payload.graph.edges.length).toBe(latest.analysis.edges.length);
    expect(payload.graph.edges[0]?.properties.explanation).toMatch(/^Allowed/);
  });
});
