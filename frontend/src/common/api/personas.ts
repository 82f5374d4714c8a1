// /spaces/{spaceKey}/personas and /personas/{id}: the space's persona library.

import { request } from '../http';

export interface Persona {
    readonly id: number;
    readonly spaceKey: string;
    readonly name: string;
    readonly role?: string | null;
    readonly quote?: string | null;
    readonly goals?: string | null;
    readonly needs?: string | null;
    readonly pains?: string | null;
    readonly color: string;
    readonly version: number;
}

interface PersonaFields {
    readonly name?: string;
    readonly role?: string;
    readonly quote?: string;
    readonly goals?: string;
    readonly needs?: string;
    readonly pains?: string;
    /** `#rrggbb` */
    readonly color?: string;
}

export interface NewPersona extends PersonaFields {
    readonly name: string;
}

/** Absent fields stay; an empty string clears an optional one. */
export interface PersonaPatch extends PersonaFields {
    readonly version: number;
}

export function listPersonas(spaceKey: string): Promise<Persona[]> {
    return request('GET', `/spaces/${encodeURIComponent(spaceKey)}/personas`);
}

export function createPersona(spaceKey: string, persona: NewPersona): Promise<Persona> {
    return request('POST', `/spaces/${encodeURIComponent(spaceKey)}/personas`, persona);
}

export function getPersona(personaId: number): Promise<Persona> {
    return request('GET', `/personas/${personaId}`);
}

export function updatePersona(personaId: number, patch: PersonaPatch): Promise<Persona> {
    return request('PATCH', `/personas/${personaId}`, patch);
}

/** Deletes the persona; it is unlinked from every map. */
export function deletePersona(personaId: number): Promise<void> {
    return request('DELETE', `/personas/${personaId}`);
}
