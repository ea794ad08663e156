import { runSpecCases } from '../helpers/specRunner.js';

runSpecCases();
