// Installs the shipped modelCatalog.json for code that runs outside the extension (unit tests,
// bench), as activation does in VS Code (modelCatalogRepository.ts). Importing this file is enough.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { installModelCatalog } from '../../src/models/modelCatalog';
import { projectRoot } from './nodeTokenizerLoader';

export const modelCatalogFile = path.join(projectRoot(), 'src', 'models', 'modelCatalog.json');

installModelCatalog(JSON.parse(readFileSync(modelCatalogFile, 'utf8')));
