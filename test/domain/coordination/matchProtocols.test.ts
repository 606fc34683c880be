import { matchProtocols } from '../../../src/domain/coordination/matchProtocols.js';
import { dependenciesOf } from '../../../src/domain/coordination/serviceDependencies.js';
import { protocolTeams } from '../../../src/domain/coordination/protocolTeams.js';
import { anIncident } from '../../support/builders.js';
import { allTeams, aProtocol } from '../../support/coordinationBuilders.js';

const teams = allTeams();

describe('protocol matching on services and their dependencies', () => {
  test.each<[string, Parameters<typeof anIncident>[0], Parameters<typeof aProtocol>[0], string | null]>([
    ['an incident on the protocol\'s service', { service: 'Payments' }, {}, 'service Payments'],
    ['an incident on a direct dependency of Payments', { service: 'Core network' }, {}, 'service Core network, which Payments depends on'],
    ['an incident on a dependency of a dependency', { service: 'Core network' }, { when: { services: ['Identity'] } }, 'service Core network, which Identity depends on'],
    ['a dependency when the protocol leaves dependencies out', { service: 'Core network' }, { when: { services: ['Payments'], includeDependencies: false } }, null],
    ['a service nothing depends on', { service: 'Email' }, {}, null],
    ['a matching label', { service: 'Email', labels: ['card-outage'] }, { when: { services: [], labels: ['card-outage'] } }, 'label card-outage'],
    ['a matching component', { service: null, components: ['Gateway'] }, { when: { services: [], components: ['Gateway'] } }, 'component Gateway'],
    ['the right service at a priority the protocol leaves out', { service: 'Payments' }, { when: { services: ['Payments'], priorities: ['P1'] } }, null],
    ['a disabled protocol', { service: 'Payments' }, { enabled: false }, null],
  ])('%s', (_name, incident, protocol, why) => {
    const m = matchProtocols([aProtocol(protocol)], anIncident(incident), 'P2', teams);
    expect(m.map((x) => x.why)).toEqual(why === null ? [] : [why]);
  });

  it('reads dependencies transitively from the teams, without looping on cycles', () => {
    const cyclic = [...teams, { ...teams[1]!, id: 'loop', services: { owns: ['Core network'], dependsOn: ['Payments'] } }];
    expect([...dependenciesOf('Payments', cyclic)].sort()).toEqual(['Core network', 'Identity']);
  });

  it('a protocol that engages the service\'s teams adds the owners of Payments and of its dependencies, once each', () => {
    const p = aProtocol({ teams: [{ teamId: 'application' }], engageServiceTeams: true });
    const engaged = protocolTeams(p, 'Payments', new Map(teams.map((t) => [t.id, t])));
    expect(engaged.map((e) => e.team.id)).toEqual(['application', 'network', 'security']);
  });
});
