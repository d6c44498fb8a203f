<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../../app/cli/cli_application.cpp" line="+51"/>
        <source>Usage: %1 &lt;area&gt; &lt;verb&gt; [options]</source>
        <translation>Utilisation&#xa0;: %1 &lt;domaine&gt; &lt;verbe&gt; [options]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portier on the command line: the same state and explanations as the console, as
text for people or, with --json, as the JSON documents the console and diagnostic
bundles use. Passwords are read from standard input, never from the command line.</source>
        <translation>Portier en ligne de commande&#xa0;: le même état et les mêmes explications que la
console, en texte pour les humains ou, avec --json, sous forme des documents JSON
qu&apos;utilisent la console et les archives de diagnostic. Les mots de passe sont lus
sur l&apos;entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kerberos (krb):</source>
        <translation>Kerberos (krb)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available yet: %1.</source>
        <translation>Pas encore disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help; &apos;%1 krb kinit --help&apos; shows a verb&apos;s options.</source>
        <translation>Affiche cette aide&#xa0;; «&#xa0;%1 krb kinit --help&#xa0;» affiche les options d&apos;un verbe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success; 1 the check or command found problems or failed; 2 usage error;
3 could not connect to or authenticate with the server.</source>
        <translation>Codes de sortie&#xa0;: 0 succès&#xa0;; 1 la vérification ou la commande a trouvé des
problèmes ou a échoué&#xa0;; 2 erreur d&apos;utilisation&#xa0;; 3 connexion ou authentification
impossible auprès du serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>See &apos;%1&apos;.</source>
        <translation>Voir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the &apos;%1&apos; area is not available yet; this version has &apos;krb&apos;.</source>
        <translation>le domaine «&#xa0;%1&#xa0;» n&apos;est pas encore disponible&#xa0;; cette version propose «&#xa0;krb&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown area &apos;%1&apos;.</source>
        <translation>domaine inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;krb&apos; needs a verb.</source>
        <translation>«&#xa0;krb&#xa0;» attend un verbe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown verb &apos;%1 %2&apos;.</source>
        <translation>verbe inconnu «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>missing argument: %1</source>
        <translation>argument manquant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1 %2&apos; changes state and is refused through pkexec: as root, portier-cli only collects (caches, keytab, test-keytab). Run it as the user whose tickets it concerns.</source>
        <translation>«&#xa0;%1 %2&#xa0;» modifie l&apos;état et est refusé via pkexec&#xa0;: en tant que root, portier-cli ne fait que collecter (caches, keytab, test-keytab). Lancez-le en tant que l&apos;utilisateur dont les tickets sont concernés.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../backends/logs/signature_catalogue.cpp" line="+89"/>
        <source>The diagnostic catalogue %1 defines the signature &quot;%2&quot; twice.</source>
        <translation>Le catalogue de diagnostic %1 définit deux fois la signature «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The diagnostic catalogue %1 has an invalid regular expression in signature &quot;%2&quot;: &quot;%3&quot; (%4).</source>
        <translation>Le catalogue de diagnostic %1 contient une expression régulière invalide dans la signature «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The regular expressions of the diagnostic catalogue %1 are too large to compile.</source>
        <translation>Les expressions régulières du catalogue de diagnostic %1 sont trop volumineuses pour être compilées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The diagnostic catalogue %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Le catalogue de diagnostic %1 n&apos;est pas un JSON valide&#xa0;: %2 à la position %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The diagnostic catalogue %1 has no &quot;signatures&quot; array.</source>
        <translation>Le catalogue de diagnostic %1 ne contient pas de tableau &quot;signatures&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entry %1 is not an object</source>
        <translation>l&apos;entrée %1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diagnostic catalogue %1 is malformed: %2.</source>
        <translation>Le catalogue de diagnostic %1 est mal formé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the diagnostic catalogue %1: %2.</source>
        <translation>Impossible de lire le catalogue de diagnostic %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No diagnostic catalogue is compiled in (:/diagnostics/*.json).</source>
        <translation>Aucun catalogue de diagnostic n&apos;est intégré (:/diagnostics/*.json).</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../app/cli/error_report.cpp" line="+29"/>
        <source>Library message: %1</source>
        <translation>Message de la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n line(s) of evidence; run again with --trace to see them.</source>
        <translation>
            <numerusform>%n ligne d&apos;éléments de preuve&#xa0;; relancez avec --trace pour la voir.</numerusform>
            <numerusform>%n lignes d&apos;éléments de preuve&#xa0;; relancez avec --trace pour les voir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Known problem: %1 [%2]</source>
        <translation>Problème connu&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: %1</source>
        <translation>Solution&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See: %1</source>
        <translation>Voir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched: %1</source>
        <translation>Correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evidence from %1</source>
        <translation>Éléments de preuve issus de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(lines %1-%2)</source>
        <translation>(lignes %1-%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>Kerberos</name>
    <message>
        <location filename="../../backends/kerberos/cache_reader.cpp" line="+157"/>
        <source>The default credential cache %1 cannot be opened: %2</source>
        <translation>Le cache d&apos;identifiants par défaut %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cache collection cannot be listed: %1</source>
        <translation>Impossible de lister la collection de caches&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the cache collection stopped early: %1</source>
        <translation>L&apos;énumération de la collection de caches s&apos;est arrêtée prématurément&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The primary cache %1 of the %2 collection is missing or empty, although the collection holds %3 other cache(s): programs that use the default cache (ssh, GSSAPI applications) will find no tickets. Make one of them primary (kswitch) or run kinit.</source>
        <translation>Le cache primaire %1 de la collection %2 est absent ou vide, alors que la collection contient %3 autre(s) cache(s)&#xa0;: les programmes qui utilisent le cache par défaut (ssh, applications GSSAPI) ne trouveront aucun ticket. Rendez l&apos;un d&apos;eux primaire (kswitch) ou lancez kinit.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/kerberos_backend.cpp" line="+130"/>
        <source>%1 was cancelled.</source>
        <translation>Opération annulée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, renewable until %1</source>
        <translation>, renouvelable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: the keyring collection has no primary cache, although it holds %2 other cache(s).</source>
        <translation>%1&#xa0;: la collection KEYRING n&apos;a pas de cache primaire, bien qu&apos;elle contienne %2 autre(s) cache(s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make one of them primary with kswitch (or the Switch action), or run kinit.</source>
        <translation>Rendez l&apos;un d&apos;eux primaire avec kswitch (ou l&apos;action Rendre primaire), ou lancez kinit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No principal was given for kinit.</source>
        <translation>Aucun principal n&apos;a été indiqué pour kinit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a principal such as alice@EXAMPLE.COM.</source>
        <translation>Saisissez un principal tel que alice@EXAMPLE.COM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keytab&apos;s first principal</source>
        <translation>le premier principal du keytab</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+373"/>
        <source>&quot;%1&quot; is not a valid Kerberos principal name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de principal Kerberos valide.</translation>
    </message>
    <message>
        <location line="-371"/>
        <location line="+372"/>
        <location filename="../../backends/kerberos/krb5_errors.cpp" line="+353"/>
        <source>Write it as name@REALM or name/instance@REALM.</source>
        <translation>Écrivez-le sous la forme nom@ROYAUME ou nom/instance@ROYAUME.</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>ticket lifetime</source>
        <translation>durée de vie du ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renewable lifetime</source>
        <translation>durée de renouvellement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The %1 &quot;%2&quot; is not a valid duration.</source>
        <translation>La %1 «&#xa0;%2&#xa0;» n&apos;est pas une durée valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a krb5 duration such as 10h, 1d, 2d12h or 90m.</source>
        <translation>Utilisez une durée krb5 telle que 10h, 1d, 2d12h ou 90m.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No credential cache name was given for kinit.</source>
        <translation>Aucun nom de cache d&apos;identifiants n&apos;a été indiqué pour kinit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create a new cache in the collection: the default cache %1 is of type %2, which is not a collection.</source>
        <translation>Impossible de créer un nouveau cache dans la collection&#xa0;: le cache par défaut %1 est de type %2, qui n&apos;est pas une collection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections are DIR:, KEYRING: and KCM: caches; set default_ccache_name in krb5.conf or KRB5CCNAME to one of them, or name a cache explicitly.</source>
        <translation>Les collections sont les caches DIR:, KEYRING: et KCM:&#xa0;; définissez default_ccache_name dans krb5.conf ou KRB5CCNAME sur l&apos;un d&apos;eux, ou nommez un cache explicitement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>kinit for %1</source>
        <translation>kinit pour %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Obtained a ticket-granting ticket for %1 in %2, %3.</source>
        <translation>TGT obtenu pour %1 dans le cache %2, %3.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not renew the ticket in %1: it holds no ticket-granting ticket for %2.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: il ne contient aucun TGT pour %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run kinit to get one.</source>
        <translation>Lancez kinit pour en obtenir un.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 is not renewable (it was issued without a renewable lifetime); it is valid until %3.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 n&apos;est pas renouvelable (il a été émis sans durée de renouvellement)&#xa0;; il est valable jusqu&apos;au %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run kinit again, with -r to request a renewable ticket; the KDC&apos;s maximum renewable life for the principal and for krbtgt must allow it.</source>
        <translation>Relancez kinit avec -r pour demander un ticket renouvelable&#xa0;; la durée de renouvellement maximale du principal et de krbtgt sur le KDC doit le permettre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 is not renewable in practice: the KDC set its renew-till time to its start time (%3), as it does when the maximum renewable life of the principal or of krbtgt is 0.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 n&apos;est pas renouvelable en pratique&#xa0;: le KDC a fixé sa limite de renouvellement à son heure de début (%3), comme il le fait lorsque la durée de renouvellement maximale du principal ou de krbtgt vaut 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run kinit again. For renewable tickets an administrator must raise the maximum renewable life (kadmin modprinc -maxrenewlife) of the principal and of krbtgt.</source>
        <translation>Relancez kinit. Pour obtenir des tickets renouvelables, un administrateur doit augmenter la durée de renouvellement maximale (kadmin modprinc -maxrenewlife) du principal et de krbtgt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 is past its renew-till time (%3).</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 a dépassé sa limite de renouvellement (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Run kinit again.</source>
        <translation>Relancez kinit.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Could not renew the ticket in %1: the ticket-granting ticket for %2 expired at %3, and an expired ticket cannot be renewed.</source>
        <translation>Impossible de renouveler le ticket du cache %1&#xa0;: le TGT de %2 a expiré le %3, et un ticket expiré ne peut pas être renouvelé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renewing %1</source>
        <translation>renouvellement du cache %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renewed the ticket-granting ticket for %1 in %2: %3.</source>
        <translation>TGT de %1 renouvelé dans le cache %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Destroying %1</source>
        <translation>destruction du cache %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destroyed the credential cache %1 and the tickets of %2 in it.</source>
        <translation>Cache d&apos;identifiants %1 détruit, avec les tickets de %2 qu&apos;il contenait.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No credential cache was named to switch to.</source>
        <translation>Aucun cache d&apos;identifiants à rendre primaire n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2) is now the primary cache of its collection.</source>
        <translation>%1 (%2) est désormais le cache primaire de sa collection.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The keytab test for %1</source>
        <translation>test du keytab pour %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The keytab %1 holds a valid key for %2: the KDC issued a ticket %3. No credential cache was changed.</source>
        <translation>Le keytab %1 contient une clé valide pour %2&#xa0;: le KDC a émis un ticket %3. Aucun cache d&apos;identifiants n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listing the credential caches was cancelled.</source>
        <translation>L&apos;énumération des caches d&apos;identifiants a été annulée.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/kerberos_checks.cpp" line="+52"/>
        <source>(never)</source>
        <translation>(jamais)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The credential for %1 has no authentication, start, end or renew time (klist shows 01/01/1970): it is a placeholder, not a usable ticket. SSSD&apos;s krb5_child writes such a placeholder TGT when a login was authenticated offline from cached credentials, i.e. SSSD could not reach a KDC at that login; it asks for a real ticket once a KDC answers again. Check `sssctl domain-status DOMAIN` (is the domain offline?) and whether the KDCs are reachable from this host, then log in again or run kinit.</source>
        <translation>Les identifiants de %1 n&apos;ont ni heure d&apos;authentification, ni heure de début, de fin ou de renouvellement (klist affiche 01/01/1970)&#xa0;: c&apos;est un substitut, pas un ticket utilisable. Le krb5_child de SSSD écrit un tel TGT de substitution lorsqu&apos;une connexion a été authentifiée hors ligne à partir d&apos;identifiants en cache, c&apos;est-à-dire quand SSSD n&apos;a pu joindre aucun KDC lors de cette connexion&#xa0;; il demande un vrai ticket dès qu&apos;un KDC répond à nouveau. Vérifiez `sssctl domain-status DOMAIN` (le domaine est-il hors ligne ?) et si les KDC sont joignables depuis cet hôte, puis reconnectez-vous ou lancez kinit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The ticket-granting ticket %1 expired at %2; nothing can be authenticated with it. Run kinit to get a new one.</source>
        <translation>Le TGT %1 a expiré le %2&#xa0;; il ne permet plus aucune authentification. Lancez kinit pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service ticket for %1 expired at %2. It is fetched again automatically while a valid ticket-granting ticket is present.</source>
        <translation>Le ticket de service pour %1 a expiré le %2. Il est obtenu à nouveau automatiquement tant qu&apos;un TGT valide est présent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket for %1 expires at %2 (in %3).</source>
        <translation>Le ticket pour %1 expire le %2 (dans %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It can be renewed with kinit -R until %1.</source>
        <translation>Il peut être renouvelé avec kinit -R jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It cannot be renewed further: run kinit before then.</source>
        <translation>Il ne peut plus être renouvelé&#xa0;: lancez kinit avant cette échéance.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is a postdated ticket; once valid it must be validated with kinit -v before use.</source>
        <translation>C&apos;est un ticket postdaté&#xa0;; une fois valable, il doit être validé avec kinit -v avant utilisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was not requested as postdated, so this host&apos;s clock is probably behind the KDC&apos;s: check time synchronisation.</source>
        <translation>Il n&apos;a pas été demandé comme postdaté&#xa0;: l&apos;horloge de cet hôte retarde donc probablement sur celle du KDC&#xa0;; vérifiez la synchronisation de l&apos;heure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket for %1 is not valid before %2.</source>
        <translation>Le ticket pour %1 n&apos;est pas valable avant le %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ticket for %1 was renewable only until %2; kinit -R will fail. Run kinit for a new ticket.</source>
        <translation>Le ticket pour %1 n&apos;était renouvelable que jusqu&apos;au %2&#xa0;; kinit -R échouera. Lancez kinit pour obtenir un nouveau ticket.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ticket for %1 uses a weak encryption type (session key %2, ticket %3). RFC 8429 deprecates DES, triple DES and RC4; give the accounts AES keys and remove the weak types from the KDC and krb5.conf.</source>
        <translation>Le ticket pour %1 utilise un type de chiffrement faible (clé de session %2, ticket %3). La RFC 8429 déprécie DES, triple DES et RC4&#xa0;; donnez des clés AES aux comptes et retirez les types faibles du KDC et de krb5.conf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This ticket-granting ticket is not renewable in practice: the KDC set its renew-till time to its start time (%1), as it does when the maximum renewable life of the principal or of krbtgt is 0. After %2 kinit must be run again.</source>
        <translation>Ce TGT n&apos;est pas renouvelable en pratique&#xa0;: le KDC a fixé sa limite de renouvellement à son heure de début (%1), comme il le fait lorsque la durée de renouvellement maximale du principal ou de krbtgt vaut 0. Après le %2, il faudra relancer kinit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ticket-granting ticket is not renewable: after %1 kinit must be run again. Request a renewable ticket with kinit -r if the KDC policy allows it.</source>
        <translation>Ce TGT n&apos;est pas renouvelable&#xa0;: après le %1, il faudra relancer kinit. Demandez un ticket renouvelable avec kinit -r si la politique du KDC le permet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cache %1 is initialised for %2 but holds no tickets. Run kinit to get one, or kdestroy to remove the cache.</source>
        <translation>Le cache %1 est initialisé pour %2 mais ne contient aucun ticket. Lancez kinit pour en obtenir un, ou kdestroy pour supprimer le cache.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache %1 holds tickets for %2 but no ticket-granting ticket for its realm, so no new service tickets can be obtained from it. Run kinit to get one.</source>
        <translation>Le cache %1 contient des tickets pour %2 mais aucun TGT pour son royaume&#xa0;: il ne permet donc pas d&apos;obtenir de nouveaux tickets de service. Lancez kinit pour en obtenir un.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Key version %1 of %2 (%3) is older than version %4 in the same keytab. Old keys are kept so that tickets issued before a key change still decrypt; remove them (ktutil delent) once those tickets have expired.</source>
        <translation>La version de clé %1 de %2 (%3) est plus ancienne que la version %4 du même keytab. Les anciennes clés sont conservées pour que les tickets émis avant un changement de clé restent déchiffrables&#xa0;; supprimez-les (ktutil delent) une fois ces tickets expirés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a weak encryption type (RFC 8429 deprecates DES, triple DES and RC4). Make sure the account has AES keys, then remove this key from the keytab.</source>
        <translation>%1 est un type de chiffrement faible (la RFC 8429 déprécie DES, triple DES et RC4). Assurez-vous que le compte dispose de clés AES, puis retirez cette clé du keytab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This entry repeats %1 kvno %2 (%3), which appears earlier in the keytab; libkrb5 uses the first one. Duplicates usually come from running ktadd or adcli twice; remove one with ktutil.</source>
        <translation>Cette entrée répète %1 kvno %2 (%3), qui figure plus haut dans le keytab&#xa0;; libkrb5 utilise la première. Les doublons proviennent généralement d&apos;un ktadd ou d&apos;un adcli exécuté deux fois&#xa0;; supprimez-en un avec ktutil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keytab %1 holds no keys.</source>
        <translation>Le keytab %1 ne contient aucune clé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n key(s) in this keytab use weak encryption types.</source>
        <translation>
            <numerusform>%n clé de ce keytab utilise un type de chiffrement faible.</numerusform>
            <numerusform>%n clés de ce keytab utilisent des types de chiffrement faibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entry(ies) in this keytab are duplicates.</source>
        <translation>
            <numerusform>%n entrée de ce keytab est un doublon.</numerusform>
            <numerusform>%n entrées de ce keytab sont des doublons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n key(s) in this keytab belong to older key versions.</source>
        <translation>
            <numerusform>%n clé de ce keytab appartient à une version de clé plus ancienne.</numerusform>
            <numerusform>%n clés de ce keytab appartiennent à des versions de clé plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>encrypted timestamp (PA-ENC-TIMESTAMP, password)</source>
        <translation>horodatage chiffré (PA-ENC-TIMESTAMP, mot de passe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password salt (PA-PW-SALT)</source>
        <translation>sel du mot de passe (PA-PW-SALT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKINIT, old draft (smart card or certificate)</source>
        <translation>PKINIT, ancien brouillon (carte à puce ou certificat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKINIT (smart card or certificate)</source>
        <translation>PKINIT (carte à puce ou certificat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAST cookie</source>
        <translation>cookie FAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAST armored request</source>
        <translation>requête blindée FAST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted challenge (FAST, password)</source>
        <translation>défi chiffré (FAST, mot de passe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OTP (one-time password)</source>
        <translation>OTP (mot de passe à usage unique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PAC request</source>
        <translation>demande de PAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPAKE (password, resistant to offline dictionary attacks)</source>
        <translation>SPAKE (mot de passe, résistant aux attaques par dictionnaire hors ligne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preauthentication type %1</source>
        <translation>type de pré-authentification %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preauthentication mechanism used for this principal (unreadable value).</source>
        <translation>Mécanisme de pré-authentification utilisé pour ce principal (valeur illisible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The KDC accepted preauthentication type %1, %2, when these credentials were obtained; libkrb5 tries it first next time.</source>
        <translation>Le KDC a accepté le type de pré-authentification %1, %2, lors de l&apos;obtention de ces identifiants&#xa0;; libkrb5 l&apos;essaiera en premier la prochaine fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The KDC offered FAST (armored preauthentication) when these credentials were obtained, so requests armored with this cache can use FAST.</source>
        <translation>Le KDC a proposé FAST (pré-authentification blindée) lors de l&apos;obtention de ces identifiants&#xa0;: les requêtes blindées avec ce cache peuvent donc utiliser FAST.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When GSSAPI refreshes these credentials from the client keytab (unreadable value).</source>
        <translation>Moment où GSSAPI renouvelle ces identifiants à partir du keytab client (valeur illisible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GSSAPI (gss_acquire_cred) refreshes these credentials from the client keytab after %1.</source>
        <translation>GSSAPI (gss_acquire_cred) renouvelle ces identifiants à partir du keytab client après le %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These credentials were obtained by %1 on behalf of the user (S4U2Self impersonation); GSSAPI uses them for constrained delegation (S4U2Proxy).</source>
        <translation>Ces identifiants ont été obtenus par %1 pour le compte de l&apos;utilisateur (emprunt d&apos;identité S4U2Self)&#xa0;; GSSAPI les utilise pour la délégation contrainte (S4U2Proxy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The realm the initial ticket came from (%1); libkrb5 looks for the TGT there when the client principal&apos;s realm differs, e.g. after a referral.</source>
        <translation>Le royaume d&apos;où provient le ticket initial (%1)&#xa0;; libkrb5 y cherche le TGT lorsque le royaume du principal client est différent, par exemple après une redirection (referral).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preauthentication state saved by a preauth mechanism (e.g. the SPAKE group or OTP token choice) for the next request.</source>
        <translation>État de pré-authentification enregistré par un mécanisme de pré-authentification (par exemple le groupe SPAKE ou le choix du jeton OTP) pour la requête suivante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../backends/kerberos/keytab_reader.cpp" line="+104"/>
        <source>The keytab %1 does not exist.</source>
        <translation>Le keytab %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path; the default keytab is set by default_keytab_name in krb5.conf or KRB5_KTNAME.</source>
        <translation>Vérifiez le chemin&#xa0;; le keytab par défaut est défini par default_keytab_name dans krb5.conf ou par KRB5_KTNAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a directory, not a keytab file.</source>
        <translation>%1 est un répertoire, pas un fichier keytab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keytab %1 cannot be read without privilege: it belongs to %2 (group %3) with mode %4.</source>
        <translation>Le keytab %1 ne peut pas être lu sans privilèges&#xa0;: il appartient à %2 (groupe %3) avec le mode %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keytab %1 cannot be reached without privilege: a directory on its path is not accessible.</source>
        <translation>Le keytab %1 n&apos;est pas accessible sans privilèges&#xa0;: un répertoire de son chemin n&apos;est pas accessible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keytabs hold service keys and are readable by root only, as they should be. To list it, run `portier-cli krb keytab %1` through pkexec or sudo; do not loosen its permissions.</source>
        <translation>Les keytabs contiennent des clés de service et ne sont lisibles que par root, comme il se doit. Pour le lister, lancez `portier-cli krb keytab %1` via pkexec ou sudo&#xa0;; n&apos;assouplissez pas ses permissions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keytab %1 cannot be read: %2.</source>
        <translation>Impossible de lire le keytab %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/keytab_reader.cpp" line="+3"/>
        <source>%1 is not a keytab: it does not start with a keytab format version libkrb5 knows.</source>
        <translation>%1 n&apos;est pas un keytab&#xa0;: il ne commence pas par une version de format de keytab connue de libkrb5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the path names a keytab (klist -k FILE) and recreate the keytab if it was damaged.</source>
        <translation>Vérifiez que le chemin désigne bien un keytab (klist -k FICHIER) et recréez le keytab s&apos;il a été endommagé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Listing the keytab %1 was cancelled.</source>
        <translation>L&apos;énumération du keytab %1 a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The keytab %1 is malformed after %n entry(ies): libkrb5 cannot read the next one.</source>
        <translation>
            <numerusform>Le keytab %1 est mal formé après %n entrée&#xa0;: libkrb5 ne peut pas lire la suivante.</numerusform>
            <numerusform>Le keytab %1 est mal formé après %n entrées&#xa0;: libkrb5 ne peut pas lire la suivante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recreate the keytab (kadmin ktadd, adcli update, net ads keytab create); keep the damaged file until the new one works.</source>
        <translation>Recréez le keytab (kadmin ktadd, adcli update, net ads keytab create)&#xa0;; conservez le fichier endommagé jusqu&apos;à ce que le nouveau fonctionne.</translation>
    </message>
    <message>
        <location filename="../../backends/kerberos/krb5_errors.cpp" line="-245"/>
        <source>Could not get a ticket for %1</source>
        <translation>Impossible d&apos;obtenir un ticket pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not get a ticket for %1 from the keytab</source>
        <translation>Impossible d&apos;obtenir un ticket pour %1 à partir du keytab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not renew the ticket in %1</source>
        <translation>Impossible de renouveler le ticket du cache %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not destroy the credential cache %1</source>
        <translation>Impossible de détruire le cache d&apos;identifiants %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make %1 the primary credential cache</source>
        <translation>Impossible de faire de %1 le cache d&apos;identifiants primaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keytab test for %1 failed</source>
        <translation>Le test du keytab pour %1 a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the credential cache %1</source>
        <translation>Impossible de lire le cache d&apos;identifiants %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the keytab %1</source>
        <translation>Impossible de lire le keytab %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: libkrb5 could not load its configuration (%2).</source>
        <translation>%1&#xa0;: libkrb5 n&apos;a pas pu charger sa configuration (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that krb5.conf (or the files KRB5_CONFIG names) exists, is readable by this user and has no syntax errors.</source>
        <translation>Vérifiez que krb5.conf (ou les fichiers désignés par KRB5_CONFIG) existe, est lisible par cet utilisateur et ne contient pas d&apos;erreur de syntaxe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the realm</source>
        <translation>le royaume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cancelled.</source>
        <translation>%1&#xa0;: annulé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this credential cache type does not support it.</source>
        <translation>%1&#xa0;: ce type de cache d&apos;identifiants ne le permet pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only collection caches (DIR:, KEYRING:, KCM:) have a primary cache; for a FILE: cache set KRB5CCNAME instead.</source>
        <translation>Seuls les caches de collection (DIR:, KEYRING:, KCM:) ont un cache primaire&#xa0;; pour un cache FILE:, définissez plutôt KRB5CCNAME.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: permission denied.</source>
        <translation>%1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file belongs to another user or has restrictive permissions; read it as its owner, or run `portier-cli` through pkexec or sudo.</source>
        <translation>Le fichier appartient à un autre utilisateur ou a des permissions restrictives&#xa0;; lisez-le en tant que son propriétaire, ou lancez `portier-cli` via pkexec ou sudo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file is damaged or is not in a format libkrb5 understands.</source>
        <translation>%1&#xa0;: le fichier est endommagé ou n&apos;est pas dans un format compris par libkrb5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recreate it (kinit for a cache; ktadd, adcli update or net ads keytab for a keytab).</source>
        <translation>Recréez-le (kinit pour un cache&#xa0;; ktadd, adcli update ou net ads keytab pour un keytab).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no KDC for %1 answered</source>
        <translation>aucun KDC n&apos;a répondu pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the KDCs listed for %1 in krb5.conf or in DNS SRV records are up and reachable on port 88 (UDP and TCP); the trace shows which addresses were tried.</source>
        <translation>Vérifiez que les KDC indiqués pour %1 dans krb5.conf ou dans les enregistrements DNS SRV sont démarrés et joignables sur le port 88 (UDP et TCP)&#xa0;; la trace indique les adresses essayées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libkrb5 does not know where the KDCs of %1 are</source>
        <translation>libkrb5 ne sait pas où trouver les KDC pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the realm name (usually upper case). Add a [realms] entry with kdc lines to krb5.conf, or enable dns_lookup_kdc and publish _kerberos SRV records.</source>
        <translation>Vérifiez le nom du royaume (généralement en majuscules). Ajoutez une entrée [realms] avec des lignes kdc à krb5.conf, ou activez dns_lookup_kdc et publiez les enregistrements SRV _kerberos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the clocks of this host and the KDC differ by more than the allowed skew</source>
        <translation>les horloges de cet hôte et du KDC diffèrent de plus que le décalage autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronise the clock (chronyc tracking, timedatectl) with the domain&apos;s time source, then try again.</source>
        <translation>Synchronisez l&apos;horloge (chronyc tracking, timedatectl) avec la source de temps du domaine, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key in the keytab does not match the KDC&apos;s key</source>
        <translation>la clé du keytab ne correspond pas à celle du KDC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password or key version changed on the KDC: extract a fresh keytab (kadmin ktadd, adcli update) and compare kvnos with klist -k.</source>
        <translation>Le mot de passe ou la version de clé a changé sur le KDC&#xa0;: extrayez un nouveau keytab (kadmin ktadd, adcli update) et comparez les kvno avec klist -k.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the password is incorrect</source>
        <translation>le mot de passe est incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the password and keyboard layout. Repeated failures can lock the account.</source>
        <translation>Vérifiez le mot de passe et la disposition du clavier. Des échecs répétés peuvent verrouiller le compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the KDC does not know this principal</source>
        <translation>le KDC ne connaît pas ce principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling and the realm (realm names are case-sensitive).</source>
        <translation>Vérifiez l&apos;orthographe et le royaume (les noms de royaume sont sensibles à la casse).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the KDC does not know the service principal</source>
        <translation>le KDC ne connaît pas le principal de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the service name and host name; the trace names the principal that was requested.</source>
        <translation>Vérifiez le nom du service et le nom d&apos;hôte&#xa0;; la trace indique le principal demandé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the password has expired</source>
        <translation>le mot de passe a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change it with kpasswd %1 (or at an interactive login), then try again.</source>
        <translation>Changez-le avec kpasswd %1 (ou lors d&apos;une connexion interactive), puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the KDC refuses tickets for this account: it is disabled, locked out or expired</source>
        <translation>le KDC refuse les tickets pour ce compte&#xa0;: il est désactivé, verrouillé ou expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask an administrator to check the account (kadmin getprinc; in AD the account and lockout status).</source>
        <translation>Demandez à un administrateur de vérifier le compte (kadmin getprinc&#xa0;; dans AD, le compte et son état de verrouillage).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client and the KDC have no encryption type in common</source>
        <translation>le client et le KDC n&apos;ont aucun type de chiffrement en commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check permitted_enctypes and default_tkt_enctypes in krb5.conf and the keys the account has on the KDC.</source>
        <translation>Vérifiez permitted_enctypes et default_tkt_enctypes dans krb5.conf ainsi que les clés du compte sur le KDC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keytab holds no key for this principal with the needed key version and encryption type</source>
        <translation>le keytab ne contient aucune clé pour ce principal avec la version de clé et le type de chiffrement requis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the keytab (klist -k -t -e) and compare with the KDC&apos;s kvno; extract a fresh keytab if the key changed.</source>
        <translation>Listez le keytab (klist -k -t -e) et comparez avec le kvno du KDC&#xa0;; extrayez un nouveau keytab si la clé a changé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the credential cache does not exist or holds no credentials</source>
        <translation>le cache d&apos;identifiants n&apos;existe pas ou ne contient aucun identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run kinit first.</source>
        <translation>Lancez d&apos;abord kinit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ticket has expired</source>
        <translation>le ticket a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run kinit to get a new ticket.</source>
        <translation>Lancez kinit pour obtenir un nouveau ticket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the KDC refused to renew the ticket (it is not renewable or past its renew-till time)</source>
        <translation>le KDC a refusé de renouveler le ticket (il n&apos;est pas renouvelable ou a dépassé sa limite de renouvellement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run kinit again; use kinit -r to request a renewable ticket.</source>
        <translation>Relancez kinit&#xa0;; utilisez kinit -r pour demander un ticket renouvelable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the principal name is malformed</source>
        <translation>le nom du principal est mal formé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lifetime is not a valid duration</source>
        <translation>la durée de vie n&apos;est pas une durée valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a krb5 duration such as 10h, 1d or 2d12h.</source>
        <translation>Utilisez une durée krb5 telle que 10h, 1d ou 2d12h.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keyring collection has no primary cache</source>
        <translation>la collection KEYRING n&apos;a pas de cache primaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to one of the collection&apos;s caches (kswitch) or run kinit.</source>
        <translation>Basculez vers l&apos;un des caches de la collection (kswitch) ou lancez kinit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libkrb5 error %1</source>
        <translation>erreur libkrb5 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>KerberosFormat</name>
    <message>
        <location filename="../../models/kerberos_format.cpp" line="+17"/>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+4"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ended %1 ago</source>
        <translation>terminé il y a %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>forwardable: may be forwarded to another host (kinit -f)</source>
        <translation>transférable&#xa0;: peut être transféré vers un autre hôte (kinit -f)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forwarded: this ticket was forwarded from another host</source>
        <translation>transféré&#xa0;: ce ticket a été transféré depuis un autre hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxiable: proxy tickets may be issued from it (kinit -p)</source>
        <translation>proxiable&#xa0;: des tickets proxy peuvent être émis à partir de celui-ci (kinit -p)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy: this ticket is a proxy ticket</source>
        <translation>proxy&#xa0;: ce ticket est un ticket proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>may-postdate: postdated tickets may be issued from it</source>
        <translation>may-postdate&#xa0;: des tickets postdatés peuvent être émis à partir de celui-ci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postdated: valid only from its start time on</source>
        <translation>postdaté&#xa0;: valable seulement à partir de son heure de début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid: must be validated by the KDC before use (kinit -v)</source>
        <translation>invalide&#xa0;: doit être validé par le KDC avant utilisation (kinit -v)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renewable: can be renewed until its renew-till time (kinit -R)</source>
        <translation>renouvelable&#xa0;: peut être renouvelé jusqu&apos;à sa limite de renouvellement (kinit -R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial: issued by the AS exchange, not from a ticket-granting ticket</source>
        <translation>initial&#xa0;: émis par l&apos;échange AS, et non à partir d&apos;un TGT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hardware authentication: a hardware device was used to obtain it</source>
        <translation>authentification matérielle&#xa0;: un dispositif matériel a servi à l&apos;obtenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pre-authenticated: the client proved its identity before the KDC answered</source>
        <translation>pré-authentifié&#xa0;: le client a prouvé son identité avant la réponse du KDC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>transit policy checked: the KDC checked the realms it crossed</source>
        <translation>politique de transit vérifiée&#xa0;: le KDC a vérifié les royaumes traversés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ok-as-delegate: the realm trusts the service with delegated credentials</source>
        <translation>ok-as-delegate&#xa0;: le royaume autorise la délégation d&apos;identifiants à ce service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous: issued to the anonymous principal</source>
        <translation>anonyme&#xa0;: émis pour le principal anonyme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No ticket flags set.</source>
        <translation>Aucun indicateur de ticket n&apos;est positionné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1  unknown flag</source>
        <translation>%1  indicateur inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>KrbCommand</name>
    <message>
        <location filename="../../app/cli/krb_command.cpp" line="+35"/>
        <source>Print JSON: the documents the Portier console and diagnostic bundles use.</source>
        <translation>Affiche du JSON&#xa0;: les documents qu&apos;utilisent la console Portier et les archives de diagnostic.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the libkrb5 trace of the action, also when it succeeds.</source>
        <translation>Affiche la trace libkrb5 de l&apos;action, même en cas de succès.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operation was cancelled before it produced a result.</source>
        <translation>L&apos;opération a été annulée avant de produire un résultat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>List the credential cache collection, like klist -A -f -e.</source>
        <translation>Liste la collection de caches d&apos;identifiants, comme klist -A -f -e.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every credential cache of the collection (KRB5CCNAME or krb5.conf) with its tickets, flags, enctypes and configuration entries, and explains what is wrong: expired or soon expiring tickets, caches without a ticket-granting ticket, weak enctypes. Exit code 0 when the collection could be read, 1 when not.</source>
        <translation>Liste chaque cache d&apos;identifiants de la collection (KRB5CCNAME ou krb5.conf) avec ses tickets, indicateurs, enctypes et entrées de configuration, et explique ce qui ne va pas&#xa0;: tickets expirés ou bientôt expirés, caches sans TGT, enctypes faibles. Code de sortie 0 si la collection a pu être lue, 1 sinon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List a keytab&apos;s entries, like klist -k -t -e (never the keys).</source>
        <translation>Liste les entrées d&apos;un keytab, comme klist -k -t -e (jamais les clés).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the principal, key version number, enctype and timestamp of every entry of the keytab PATH (default: the keytab libkrb5 uses, usually /etc/krb5.keytab), with warnings about old key versions, weak enctypes and duplicates. Keys are never read out. Exit code 0 when the keytab could be read, 1 when not.</source>
        <translation>Liste le principal, le numéro de version de clé, l&apos;enctype et l&apos;horodatage de chaque entrée du keytab PATH (par défaut&#xa0;: le keytab qu&apos;utilise libkrb5, généralement /etc/krb5.keytab), avec des avertissements sur les anciennes versions de clé, les enctypes faibles et les doublons. Les clés ne sont jamais lues. Code de sortie 0 si le keytab a pu être lu, 1 sinon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Obtain a ticket-granting ticket, from a password or a keytab.</source>
        <translation>Obtient un TGT, à partir d&apos;un mot de passe ou d&apos;un keytab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtains initial credentials for PRINCIPAL. The password is read from standard input (without echo on a terminal), never from the command line. On failure the message says why and what to do, with the known problems that match the library trace. Exit code 3 when the KDC cannot be reached or refuses the credentials (wrong password, unknown or disabled principal, expired password, clock skew).</source>
        <translation>Obtient les identifiants initiaux de PRINCIPAL. Le mot de passe est lu sur l&apos;entrée standard (sans écho sur un terminal), jamais sur la ligne de commande. En cas d&apos;échec, le message explique pourquoi et que faire, avec les problèmes connus qui correspondent à la trace de la bibliothèque. Code de sortie 3 si le KDC est injoignable ou refuse les identifiants (mot de passe erroné, principal inconnu ou désactivé, mot de passe expiré, décalage d&apos;horloge).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the password from standard input (the first line). This is the default on a terminal.</source>
        <translation>Lit le mot de passe sur l&apos;entrée standard (la première ligne). C&apos;est le comportement par défaut sur un terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the key in keytab PATH instead of a password.</source>
        <translation>Utilise la clé du keytab PATH au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested ticket lifetime, e.g. 10h, 1d, 30m.</source>
        <translation>Durée de vie demandée pour le ticket, p. ex. 10h, 1d, 30m.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a renewable ticket, renewable for L.</source>
        <translation>Demande un ticket renouvelable pendant L.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request a forwardable ticket.</source>
        <translation>Demande un ticket transférable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a proxiable ticket.</source>
        <translation>Demande un ticket proxiable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the ticket in cache NAME instead of the default cache.</source>
        <translation>Stocke le ticket dans le cache NAME au lieu du cache par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the ticket in a new cache of the collection (DIR, KEYRING and KCM collections).</source>
        <translation>Stocke le ticket dans un nouveau cache de la collection (collections DIR, KEYRING et KCM).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renew the ticket-granting ticket of a cache, like kinit -R.</source>
        <translation>Renouvelle le TGT d&apos;un cache, comme kinit -R.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews the ticket-granting ticket in cache NAME (default: the default cache). Fails with exit code 1 when the ticket is not renewable or past its renew-until time.</source>
        <translation>Renouvelle le TGT du cache NAME (par défaut&#xa0;: le cache par défaut). Échoue avec le code de sortie 1 si le ticket n&apos;est pas renouvelable ou a dépassé sa limite de renouvellement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache to renew.</source>
        <translation>Le cache à renouveler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destroy a credential cache, like kdestroy.</source>
        <translation>Détruit un cache d&apos;identifiants, comme kdestroy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroys cache NAME (default: the default cache) and the tickets in it.</source>
        <translation>Détruit le cache NAME (par défaut&#xa0;: le cache par défaut) et les tickets qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache to destroy.</source>
        <translation>Le cache à détruire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make a cache the primary cache of its collection, like kswitch.</source>
        <translation>Fait d&apos;un cache le cache primaire de sa collection, comme kswitch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes cache NAME the primary cache of its collection, so that programs use its tickets by default. NAME is a full cache name as `krb caches` prints it.</source>
        <translation>Fait du cache NAME le cache primaire de sa collection, pour que les programmes utilisent ses tickets par défaut. NAME est un nom de cache complet tel que l&apos;affiche `krb caches`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check that a keytab can obtain a ticket, without touching your caches.</source>
        <translation>Vérifie qu&apos;un keytab permet d&apos;obtenir un ticket, sans toucher à vos caches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtains a ticket with the key for principal P (default: the keytab&apos;s first principal) from keytab PATH (default: the keytab libkrb5 uses) into a memory cache that is thrown away. Exit code 1 when the keytab has no usable key, 3 when the KDC cannot be reached or rejects the key (for example after a password change on the domain controller left the keytab behind).</source>
        <translation>Obtient un ticket avec la clé du principal P (par défaut&#xa0;: le premier principal du keytab) à partir du keytab PATH (par défaut&#xa0;: le keytab qu&apos;utilise libkrb5) dans un cache mémoire jetable. Code de sortie 1 si le keytab ne contient aucune clé utilisable, 3 si le KDC est injoignable ou rejette la clé (par exemple quand un changement de mot de passe sur le contrôleur de domaine a laissé le keytab en retard).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The principal whose key to test.</source>
        <translation>Le principal dont la clé doit être testée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown verb &apos;%1&apos;.</source>
        <translation>Verbe inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--password-stdin and --keytab exclude each other: the ticket comes either from a password or from a keytab.</source>
        <translation>--password-stdin et --keytab s&apos;excluent mutuellement&#xa0;: le ticket provient soit d&apos;un mot de passe, soit d&apos;un keytab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cache and --new-cache exclude each other.</source>
        <translation>--cache et --new-cache s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kinit needs the password on standard input (--password-stdin) or a keytab (--keytab PATH). A password is never taken from the command line.</source>
        <translation>kinit a besoin du mot de passe sur l&apos;entrée standard (--password-stdin) ou d&apos;un keytab (--keytab PATH). Un mot de passe n&apos;est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>See &apos;portier-cli krb %1 --help&apos;.</source>
        <translation>Voir «&#xa0;portier-cli krb %1 --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>KrbReport</name>
    <message>
        <location filename="../../app/cli/krb_report.cpp" line="+26"/>
        <source>forwardable</source>
        <translation>transférable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded</source>
        <translation>transféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxiable</source>
        <translation>proxiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be postdated</source>
        <translation>peut être postdaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postdated</source>
        <translation>postdaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renewable</source>
        <translation>renouvelable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial</source>
        <translation>initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hardware authenticated</source>
        <translation>authentifié par matériel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preauthenticated</source>
        <translation>pré-authentifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transit policy checked</source>
        <translation>politique de transit vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok as delegate</source>
        <translation>délégation autorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enctypes: session %1, ticket %2</source>
        <translation>Enctypes&#xa0;: session %1, ticket %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Valid for another %1.</source>
        <translation>Encore valable pendant %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired %1 ago.</source>
        <translation>Expiré depuis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewable for another %1.</source>
        <translation>Encore renouvelable pendant %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer renewable.</source>
        <translation>Plus renouvelable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+132"/>
        <source>Cache: %1</source>
        <translation>Cache&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>(primary)</source>
        <translation>(primaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default principal: none (the cache is not initialised)</source>
        <translation>Principal par défaut&#xa0;: aucun (le cache n&apos;est pas initialisé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default principal: %1</source>
        <translation>Principal par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not read this cache:</source>
        <translation>Impossible de lire ce cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid starting</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew until</source>
        <translation>Fin de renouvellement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service principal</source>
        <translation>Principal de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(for %1)</source>
        <translation>(pour %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets.</source>
        <translation>Aucun ticket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration entries:</source>
        <translation>Entrées de configuration&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Default cache: %1</source>
        <translation>Cache par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No credential caches. Obtain a ticket with: portier-cli krb kinit PRINCIPAL</source>
        <translation>Aucun cache d&apos;identifiants. Obtenez un ticket avec&#xa0;: portier-cli krb kinit PRINCIPAL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flags: %1</source>
        <translation>Indicateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keytab: %1</source>
        <translation>Keytab&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keytab has no entries.</source>
        <translation>Le keytab ne contient aucune entrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVNO</source>
        <translation>KVNO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enctype</source>
        <translation>Enctype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Equivalent command: %1</source>
        <translation>Commande équivalente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <location filename="../../app/cli/password_reader.cpp" line="+117"/>
        <source>Could not read the password from standard input: %1.</source>
        <translation>Impossible de lire le mot de passe sur l&apos;entrée standard&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password on standard input is longer than %1 bytes.</source>
        <translation>Le mot de passe fourni sur l&apos;entrée standard dépasse %1 octets.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No password on standard input. Pipe it in, e.g. from a password manager; never put it on the command line.</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard. Transmettez-le par un tube, par exemple depuis un gestionnaire de mots de passe&#xa0;; ne le mettez jamais sur la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>Portier::BannerWidget</name>
    <message>
        <location filename="../../ui/banner_widget.cpp" line="+35"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Portier::CredentialCacheModel</name>
    <message numerus="yes">
        <location filename="../../models/credential_cache_model.cpp" line="+53"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No validity times</source>
        <translation>Aucune période de validité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry carries no start or end time.</source>
        <translation>L&apos;entrée ne comporte ni heure de début ni heure de fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired at %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet valid</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postdated: valid from %1.</source>
        <translation>Postdaté&#xa0;: valable à partir du %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires at %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for another %1.</source>
        <translation>Encore valable pendant %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not initialised</source>
        <translation>Non initialisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache exists but holds no default principal.</source>
        <translation>Le cache existe mais ne contient aucun principal par défaut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No ticket-granting ticket</source>
        <translation>Aucun TGT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache holds no krbtgt ticket for %1: new service tickets cannot be obtained from it. Run kinit again.</source>
        <translation>Le cache ne contient aucun ticket krbtgt pour %1&#xa0;: il ne permet pas d&apos;obtenir de nouveaux tickets de service. Relancez kinit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in: %1</source>
        <translation>Stocké dans&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary cache of the collection</source>
        <translation>Cache primaire de la collection</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+406"/>
        <source>Ticket-granting ticket: %1</source>
        <translation>TGT&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no principal)</source>
        <translation>(aucun principal)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The cache has no default principal: it was created but never filled.</source>
        <translation>Le cache n&apos;a pas de principal par défaut&#xa0;: il a été créé mais jamais rempli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default principal of the cache: %1</source>
        <translation>Principal par défaut du cache&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ticket size: %n byte(s)</source>
        <translation>
            <numerusform>Taille du ticket&#xa0;: %n octet</numerusform>
            <numerusform>Taille du ticket&#xa0;: %n octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No start time.</source>
        <translation>Pas d&apos;heure de début.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from %1</source>
        <translation>Valable à partir du %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated at %1</source>
        <translation>Authentifié le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No end time.</source>
        <translation>Pas d&apos;heure de fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired at %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires at %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not renewable: run kinit again when it expires.</source>
        <translation>Non renouvelable&#xa0;: relancez kinit à son expiration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could be renewed until %1</source>
        <translation>Aurait pu être renouvelé jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewable until %1</source>
        <translation>Renouvelable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session key: %1
Ticket: %2</source>
        <translation>Clé de session&#xa0;: %1
Ticket&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DES, RC4 and 3DES are deprecated (RFC 6649, RFC 8429): configure AES keys for this principal.</source>
        <translation>DES, RC4 et 3DES sont dépréciés (RFC 6649, RFC 8429)&#xa0;: configurez des clés AES pour ce principal.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Configuration (%n)</source>
        <translation>
            <numerusform>Configuration (%n)</numerusform>
            <numerusform>Configuration (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cache configuration entries (X-CACHECONF:): settings libkrb5 stores beside the tickets, such as the preauthentication type used. They are not tickets.</source>
        <translation>Entrées de configuration du cache (X-CACHECONF:)&#xa0;: des paramètres que libkrb5 stocke à côté des tickets, comme le type de pré-authentification utilisé. Ce ne sont pas des tickets.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as %1</source>
        <translation>Stocké sous %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cache / Server</source>
        <translation>Cache / Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal / Client</source>
        <translation>Principal / Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew until</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enctypes</source>
        <translation>Enctypes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credential cache name, or the service principal a ticket is for</source>
        <translation>Nom du cache d&apos;identifiants, ou principal de service auquel un ticket est destiné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache&apos;s default principal, or the client principal of a ticket</source>
        <translation>Principal par défaut du cache, ou principal client d&apos;un ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the ticket became valid (hover for the exact time)</source>
        <translation>Début de validité du ticket (survolez pour l&apos;heure exacte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the ticket expires (hover for the exact time)</source>
        <translation>Expiration du ticket (survolez pour l&apos;heure exacte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until when the ticket can be renewed with kinit -R</source>
        <translation>Date jusqu&apos;à laquelle le ticket peut être renouvelé avec kinit -R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket flags as klist -f prints them (hover a ticket for their meaning)</source>
        <translation>Indicateurs du ticket tels que les affiche klist -f (survolez un ticket pour leur signification)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption types: session key / ticket</source>
        <translation>Types de chiffrement&#xa0;: clé de session / ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity and problems found</source>
        <translation>Validité et problèmes détectés</translation>
    </message>
</context>
<context>
    <name>Portier::KerberosCommand</name>
    <message>
        <location filename="../../ui/kerberos_command.cpp" line="+34"/>
        <source>Getting a ticket for %1 from the keytab…</source>
        <translation>Obtention d&apos;un ticket pour %1 à partir du keytab…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting a ticket for %1…</source>
        <translation>Obtention d&apos;un ticket pour %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get ticket</source>
        <translation>Obtenir un ticket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renewing the tickets in %1…</source>
        <translation>Renouvellement des tickets du cache %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destroying %1…</source>
        <translation>Destruction du cache %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make primary</source>
        <translation>Rendre primaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Making %1 the primary cache…</source>
        <translation>Passage de %1 en cache primaire…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the first principal</source>
        <translation>le premier principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test keytab</source>
        <translation>Tester le keytab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Testing %1 with %2…</source>
        <translation>Test de %1 avec %2…</translation>
    </message>
</context>
<context>
    <name>Portier::KerberosPane</name>
    <message>
        <location filename="../../ui/kerberos_pane.cpp" line="+110"/>
        <location line="+72"/>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the credential cache collection again</source>
        <translation>Relire la collection de caches d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Get Ticket…</source>
        <translation>&amp;Obtenir un ticket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a ticket-granting ticket with a password or a keytab (kinit)</source>
        <translation>Obtenir un TGT avec un mot de passe ou un keytab (kinit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;new</source>
        <translation>Re&amp;nouveler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+588"/>
        <source>Renew the selected cache&apos;s ticket-granting ticket (kinit -R)</source>
        <translation>Renouveler le TGT du cache sélectionné (kinit -R)</translation>
    </message>
    <message>
        <location line="-587"/>
        <source>&amp;Destroy</source>
        <translation>&amp;Détruire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy the selected credential cache (kdestroy)</source>
        <translation>Détruire le cache d&apos;identifiants sélectionné (kdestroy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make &amp;Primary</source>
        <translation>Rendre &amp;primaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+592"/>
        <source>Make the selected cache the collection&apos;s primary cache (kswitch)</source>
        <translation>Faire du cache sélectionné le cache primaire de la collection (kswitch)</translation>
    </message>
    <message>
        <location line="-590"/>
        <source>&amp;Open Keytab…</source>
        <translation>Ou&amp;vrir un keytab…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the entries of a keytab file</source>
        <translation>Lister les entrées d&apos;un fichier keytab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Keytab</source>
        <translation>&amp;Tester le keytab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a ticket from the keytab into a throw-away memory cache: proves the keys match the KDC&apos;s</source>
        <translation>Obtenir un ticket à partir du keytab dans un cache mémoire jetable&#xa0;: prouve que les clés correspondent à celles du KDC</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Filter by principal or cache name</source>
        <translation>Filtrer par principal ou nom de cache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show configuration entries</source>
        <translation>Afficher les entrées de configuration</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No keytab open. Use Open Keytab… or drop a keytab file on the window.</source>
        <translation>Aucun keytab ouvert. Utilisez Ouvrir un keytab… ou déposez un fichier keytab sur la fenêtre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Credential Caches</source>
        <translation>Caches d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keytab</source>
        <translation>Keytab</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not list the credential caches: %1</source>
        <translation>Impossible de lister les caches d&apos;identifiants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n credential cache(s) read at %1.</source>
        <translation>
            <numerusform>%n cache d&apos;identifiants lu à %1.</numerusform>
            <numerusform>%n caches d&apos;identifiants lus à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read the keytab %1: %2</source>
        <translation>Impossible de lire le keytab %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 — %n entries</source>
        <translation>
            <numerusform>%1 — %n entrée</numerusform>
            <numerusform>%1 — %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened keytab %1.</source>
        <translation>Keytab %1 ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Keytab</source>
        <translation>Ouvrir un keytab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keytabs (*.keytab *.kt)</source>
        <translation>Keytabs (*.keytab *.kt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Destroy Credential Cache</source>
        <translation>Détruire le cache d&apos;identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy the credential cache %1?</source>
        <translation>Détruire le cache d&apos;identifiants %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy the credential cache %1 with the tickets of %2?

Programs using these tickets lose access until you obtain new ones.</source>
        <translation>Détruire le cache d&apos;identifiants %1 et les tickets de %2&#xa0;?

Les programmes qui utilisent ces tickets perdront leur accès jusqu&apos;à ce que vous en obteniez de nouveaux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 failed: %2 The details and the trace are below.</source>
        <translation>Échec de l&apos;action «&#xa0;%1&#xa0;»&#xa0;: %2 Les détails et la trace figurent ci-dessous.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The selected cache holds no ticket-granting ticket to renew.</source>
        <translation>Le cache sélectionné ne contient aucun TGT à renouveler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket-granting ticket is not renewable: get a new ticket with a renewable lifetime.</source>
        <translation>Le TGT n&apos;est pas renouvelable&#xa0;: obtenez un nouveau ticket avec une durée de renouvellement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket-granting ticket could only be renewed until %1.</source>
        <translation>Le TGT ne pouvait être renouvelé que jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The selected cache is already the primary cache.</source>
        <translation>Le cache sélectionné est déjà le cache primaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only caches of a collection (DIR, KEYRING, KCM) have a primary cache.</source>
        <translation>Seuls les caches d&apos;une collection (DIR, KEYRING, KCM) ont un cache primaire.</translation>
    </message>
</context>
<context>
    <name>Portier::KeytabModel</name>
    <message numerus="yes">
        <location filename="../../models/keytab_model.cpp" line="+124"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (enctype %2)</source>
        <translation>%1 (enctype %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DES, RC4 and 3DES are deprecated (RFC 6649, RFC 8429).</source>
        <translation>DES, RC4 et 3DES sont dépréciés (RFC 6649, RFC 8429).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key written to the keytab at %1</source>
        <translation>Clé écrite dans le keytab le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key version number: must match the KDC&apos;s for the key to be usable.</source>
        <translation>Numéro de version de clé&#xa0;: doit correspondre à celui du KDC pour que la clé soit utilisable.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVNO</source>
        <translation>KVNO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enctype</source>
        <translation>Enctype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key version number</source>
        <translation>Numéro de version de clé</translation>
    </message>
</context>
<context>
    <name>Portier::KinitDialog</name>
    <message>
        <location filename="../../ui/kinit_dialog.cpp" line="+30"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keytab</source>
        <translation>&amp;Keytab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forwardable</source>
        <translation>&amp;Transférable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;xiable</source>
        <translation>Pro&amp;xiable</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Get Ticket</source>
        <translation>Obtenir un ticket</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>user@REALM</source>
        <translation>utilisateur@ROYAUME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>default client keytab</source>
        <translation>keytab client par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a keytab file</source>
        <translation>Choisir un fichier keytab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KDC default, e.g. 10h</source>
        <translation>valeur par défaut du KDC, p. ex. 10h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not renewable, e.g. 7d</source>
        <translation>non renouvelable, p. ex. 7d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default cache</source>
        <translation>Cache par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>New cache in the collection</source>
        <translation>Nouveau cache dans la collection</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Named cache</source>
        <translation>Cache nommé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. FILE:/tmp/krb5cc_test</source>
        <translation>p. ex. FILE:/tmp/krb5cc_test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;rincipal:</source>
        <translation>P&amp;rincipal&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticate with:</source>
        <translation>S&apos;authentifier avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key&amp;tab file:</source>
        <translation>Fichier k&amp;eytab&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de vie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;enewable for:</source>
        <translation>Renouvela&amp;ble pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticket flags:</source>
        <translation>Indicateurs du ticket&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;in:</source>
        <translation>St&amp;ocker dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache &amp;name:</source>
        <translation>&amp;Nom du cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equivalent command:</source>
        <translation>Commande équivalente&#xa0;:</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Reading the keytab…</source>
        <translation>Lecture du keytab…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n principal(s) in this keytab.</source>
        <translation>
            <numerusform>%n principal dans ce keytab.</numerusform>
            <numerusform>%n principaux dans ce keytab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a Keytab</source>
        <translation>Choisir un keytab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keytabs (*.keytab *.kt)</source>
        <translation>Keytabs (*.keytab *.kt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Portier::LogExcerptModel</name>
    <message>
        <location filename="../../models/log_excerpt_model.cpp" line="+62"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>Portier::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portier</source>
        <translation>Portier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Portier</source>
        <translation>À &amp;propos de Portier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No pane can open %1.</source>
        <translation>Aucun panneau ne peut ouvrir %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Portier</source>
        <translation>À propos de Portier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Portier %1&lt;/h3&gt;&lt;p&gt;A console for Linux identity and coordination infrastructure: Kerberos credential caches and keytabs, with the evidence beside every result.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portier %1&lt;/h3&gt;&lt;p&gt;Une console pour l&apos;infrastructure d&apos;identité et de coordination sous Linux&#xa0;: caches d&apos;identifiants et keytabs Kerberos, avec les éléments de preuve à côté de chaque résultat.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Portier::OperationWidget</name>
    <message>
        <location filename="../../ui/operation_widget.cpp" line="+17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop waiting for this operation; its result will be discarded</source>
        <translation>Cesser d&apos;attendre cette opération&#xa0;; son résultat sera ignoré</translation>
    </message>
</context>
<context>
    <name>Portier::ResultEvidenceView</name>
    <message>
        <location filename="../../ui/result_evidence_view.cpp" line="+64"/>
        <source>Hide the result</source>
        <translation>Masquer le résultat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Equivalent command:</source>
        <translation>Commande équivalente&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy Lines</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No trace was recorded for this action.</source>
        <translation>Aucune trace n&apos;a été enregistrée pour cette action.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache:</source>
        <translation>Cache&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action succeeded, but the trace shows:</source>
        <translation>L&apos;action a réussi, mais la trace montre&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;action «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library says:</source>
        <translation>La bibliothèque indique&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No shell equivalent</source>
        <translation>Pas d&apos;équivalent en ligne de commande</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cause:</source>
        <translation>Cause&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix:</source>
        <translation>Solution&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Portier::TicketTimelineWidget</name>
    <message>
        <location filename="../../ui/ticket_timeline_widget.cpp" line="+59"/>
        <source>Ticket timeline of %1</source>
        <translation>Chronologie des tickets de %1</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from: %1 (%2)</source>
        <translation>Début de validité&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expires: %1 (%2)</source>
        <translation>Expiration&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew until: %1 (%2)</source>
        <translation>Limite de renouvellement&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not renewable</source>
        <translation>Non renouvelable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags: %1</source>
        <translation>Indicateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Select a cache to see its tickets over time.</source>
        <translation>Sélectionnez un cache pour voir la chronologie de ses tickets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cache holds no tickets.</source>
        <translation>Ce cache ne contient aucun ticket.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>now %1</source>
        <translation>maintenant %1</translation>
    </message>
</context>
<context>
    <name>VerbSpec</name>
    <message>
        <location filename="../../app/cli/verb_spec.cpp" line="+57"/>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+40"/>
        <source>Console for Kerberos credential caches and keytabs.</source>
        <translation>Console pour les caches d&apos;identifiants et les keytabs Kerberos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keytab files to open.</source>
        <translation>Fichiers keytab à ouvrir.</translation>
    </message>
</context>
</TS>
