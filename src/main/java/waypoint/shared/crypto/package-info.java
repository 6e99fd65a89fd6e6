/** Field encryption at rest: AES-GCM bound to the record and field, with a key from the environment. */
package waypoint.shared.crypto;
