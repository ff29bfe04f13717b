import { describe, expect, it } from 'vitest';
import { fileNameOf } from './file-name';

describe('fileNameOf', () => {
  it.each([
    ['https://data.example/exports/events.json', 'events.json'],
    ['/bench-data/synthetic-100000.json', 'synthetic-100000.json'],
    ['https://data.example/api/events/?format=json#top', 'events'],
    ['https://data.example/conflict%20events.json', 'conflict events.json'],
    ['https://data.example/bad%E0%A4.json', 'bad%E0%A4.json'],
    ['https://data.example/', 'data.example'],
  ])('%s is called %s', (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });
});
